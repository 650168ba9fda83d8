//! The example assessments, built into the binary so they open wherever rbr is installed.

/// File name and content of each example.
pub const EXAMPLES: [(&str, &str); 3] = [
    (
        "national-2026.rbr.json",
        include_str!("../../assessments/examples/national-2026.rbr.json"),
    ),
    (
        "energy-transport-ministry.rbr.json",
        include_str!("../../assessments/examples/energy-transport-ministry.rbr.json"),
    ),
    (
        "hy-territorial-administration.rbr.json",
        include_str!("../../assessments/examples/hy-territorial-administration.rbr.json"),
    ),
];
