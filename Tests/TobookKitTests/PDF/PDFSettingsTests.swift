import Testing

@testable import TobookKit

@Suite("PDF settings: page sizes and the theme's print rules")
struct PDFSettingsTests {
    @Test("Named pages and WxH in millimetres, in points; nonsense refused")
    func pages() throws {
        let ereader = try #require(PageGeometry(named: "ereader"))
        #expect(abs(ereader.width - 255.118) < 0.01 && abs(ereader.height - 340.157) < 0.01)
        #expect(ereader.fontSize == 10)
        let a4 = try #require(PageGeometry(named: "A4"))
        #expect(abs(a4.width - 595.276) < 0.01 && abs(a4.height - 841.89) < 0.01)
        let custom = try #require(PageGeometry(named: "100x150"))
        #expect(abs(custom.width - 283.465) < 0.01)
        #expect(custom.textWidth < custom.width && custom.textHeight < custom.height)
        for bad in ["", "huge", "0x100", "100x", "x100", "5000x100", "a4x"] {
            #expect(PageGeometry(named: bad) == nil, "\(bad)")
        }
    }

    @Test("The @media print block sets family, size, leading and alignment; p sets the indent")
    func printRules() {
        let style = PDFStyle(
            css: """
                p { text-indent: 2em; margin: 0 }
                /* a comment { with braces } */
                @media print {
                    body { font-family: "TeX Gyre Pagella", 'DejaVu Serif', serif; font-size: 11pt;
                           line-height: 1.45; text-align: left }
                }
                """)
        #expect(style.fontFamilies == ["TeX Gyre Pagella", "DejaVu Serif", "serif"])
        #expect(style.fontSize == 11)
        #expect(style.lineHeight == 1.45)
        #expect(style.justified == false)
        #expect(style.indentEm == 2)
    }

    @Test("The default theme asks for EB Garamond 12, justified, indented paragraphs")
    func defaultTheme() throws {
        let style = PDFStyle(css: try #require(Theme.builtIn(named: "default")).css)
        #expect(style.fontFamilies.first == "EB Garamond 12")
        #expect(style.justified)
        #expect(style.indentEm == 1.5)
        #expect(style.fontSize == nil)
    }
}
