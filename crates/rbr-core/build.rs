//! Rebuilds when a translation file is added or changed: the `.ftl` files are
//! embedded in the library, and cargo does not otherwise see new files in a folder.

fn main() {
    println!("cargo::rerun-if-changed=../../assets/i18n");
}
