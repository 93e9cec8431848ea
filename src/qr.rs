//! A QR code of the explainer's address, as SVG path data, so that a class can open it on their
//! phones from the projected first and last steps. Encoded by `qrcodegen`, a pure-Rust encoder.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code ready to draw: `size` modules square, dark modules as one SVG path (`d`) in module
/// units. Draw it in a `viewBox` of `-4 -4 {size+8} {size+8}` to keep the quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPath {
    /// Modules per side.
    pub size: i32,
    /// Path data: one `M x y h n v 1 h -n z` rectangle per run of dark modules in a row.
    pub d: String,
}

/// The QR code of `text` (medium error correction), or `None` if it is too long to encode.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            d.push_str(&format!("M{start} {y}h{}v1h-{}z", x - start, x - start));
        }
    }
    Some(QrPath { size, d })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_an_address_as_path_rectangles() {
        let qr = qr_path("https://news.example/explainers/rednote/").expect("encodable");
        // Version 3 (29 modules) is enough for this address at medium correction.
        assert!(qr.size >= 21 && qr.size % 4 == 1, "{}", qr.size);
        assert!(
            qr.d.starts_with("M0 0h7v1h-7z"),
            "the finder pattern's top row: {}",
            &qr.d[..20]
        );
        // Every rectangle is one module high and inside the code.
        for rect in qr.d.split('z').filter(|r| !r.is_empty()) {
            let nums: Vec<i32> = rect
                .trim_start_matches('M')
                .split([' ', 'h', 'v'])
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().unwrap())
                .collect();
            let (x, y, w) = (nums[0], nums[1], nums[2]);
            assert!(
                x >= 0 && y >= 0 && x + w <= qr.size && y < qr.size,
                "{rect}"
            );
        }
    }

    #[test]
    fn too_much_text_is_refused() {
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }
}
