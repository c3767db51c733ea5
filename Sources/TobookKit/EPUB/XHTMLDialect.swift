/// The XHTML a book's pages are written in, chosen by the EPUB version: polyglot XHTML5 for
/// EPUB 3; XHTML 1.1 for EPUB 2.0.1 (`--epub2`), which has the XHTML 1.1 doctype, `xml:lang`
/// alone, no `epub:type`, `role` or ARIA attributes, and `div` for HTML5's sectioning
/// elements. The writers ask it for each element and attribute list they write, so an EPUB 2
/// is written as such rather than rewritten from an EPUB 3's bytes.
enum XHTMLDialect: Sendable {
    case xhtml5
    case xhtml11

    /// The document type declaration, on its own line after the XML declaration.
    var doctype: String {
        switch self {
        case .xhtml5: "<!DOCTYPE html>"
        case .xhtml11:
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">"
        }
    }

    /// HTML5's sectioning elements, which XHTML 1.1 writes as `div`.
    private static let sectioning: Set<String> = [
        "section", "aside", "nav", "header", "footer", "figure",
    ]

    /// The element written for XHTML5's `name`.
    func element(_ name: String) -> String {
        self == .xhtml11 && Self.sectioning.contains(name) ? "div" : name
    }

    /// The attributes written of XHTML5's `attributes`, in their order: XHTML 1.1 has no
    /// `epub:type` (nor its namespace), `role`, ARIA attributes or plain `lang`.
    func attributes(_ attributes: [(String, String)]) -> [(String, String)] {
        guard self == .xhtml11 else { return attributes }
        return attributes.filter { name, _ in
            !["epub:type", "xmlns:epub", "role", "lang"].contains(name)
                && !name.hasPrefix("aria-")
        }
    }
}

extension XMLWriter {
    /// `<name …>` for XHTML5's element and attributes, as `dialect` writes them.
    mutating func openTag(
        _ name: String, _ attributes: [(String, String)], in dialect: XHTMLDialect,
        selfClosing: Bool = false
    ) {
        openTag(dialect.element(name), dialect.attributes(attributes), selfClosing: selfClosing)
    }

    /// `</name>` for XHTML5's element, as `dialect` writes it.
    mutating func close(_ name: String, in dialect: XHTMLDialect) {
        close(dialect.element(name))
    }
}
