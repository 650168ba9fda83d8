//! Gives the Windows exe its icon, version information and manifest. (The
//! translations are embedded by `rbr-core`, whose build script watches them.)

fn main() {
    println!("cargo::rerun-if-changed=assets/icons/rbr.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources();
    }
}

/// Windows 10 and later, per-monitor DPI awareness (sharp text on high-DPI
/// screens), and the common controls of today.
const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">
  <assemblyIdentity type="win32" name="rbr" version="0.0.0.0"/>
  <compatibility xmlns="urn:schemas-microsoft-com:compatibility.v1">
    <application>
      <supportedOS Id="{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}"/>
    </application>
  </compatibility>
  <application xmlns="urn:schemas-microsoft-com:asm.v3">
    <windowsSettings>
      <dpiAware xmlns="http://schemas.microsoft.com/SMI/2005/WindowsSettings">true/pm</dpiAware>
      <dpiAwareness xmlns="http://schemas.microsoft.com/SMI/2016/WindowsSettings">PerMonitorV2</dpiAwareness>
    </windowsSettings>
  </application>
  <dependency>
    <dependentAssembly>
      <assemblyIdentity type="win32" name="Microsoft.Windows.Common-Controls" version="6.0.0.0"
        processorArchitecture="*" publicKeyToken="6595b64144ccf1df" language="*"/>
    </dependentAssembly>
  </dependency>
</assembly>
"#;

fn windows_resources() {
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icons/rbr.ico")
        .set("ProductName", "rbr")
        .set(
            "FileDescription",
            "rbr: resilience self-assessment against NATO's baseline requirements",
        )
        .set("LegalCopyright", "rbr contributors")
        .set_manifest(MANIFEST);
    // Cross-building on Linux: mingw's tools, by their prefixed names.
    if std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu") && !cfg!(windows) {
        resource
            .set_windres_path("x86_64-w64-mingw32-windres")
            .set_ar_path("x86_64-w64-mingw32-ar");
    }
    if let Err(e) = resource.compile() {
        println!("cargo::error=the Windows resources (icon, version) could not be compiled: {e}");
    }
}
