import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small DOM built with Foundation's `XMLParser`, enough to query test output.
public enum XMLTree {
    public final class Element {
        public let name: String
        public let attributes: [String: String]
        public fileprivate(set) var children: [Node] = []

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// Text of this element and its descendants; block-level boundaries become spaces so
        /// that words in adjacent paragraphs never run together.
        public var textContent: String {
            var result = ""
            for child in children {
                switch child {
                case .text(let text): result += text
                case .element(let element):
                    let separate = !XMLTree.inlineElements.contains(element.name)
                    if separate { result += " " }
                    result += element.textContent
                    if separate { result += " " }
                }
            }
            return result
        }

        /// Every character of the text under this element, in order, exactly as it is (no
        /// spaces added between blocks): for comparing two markings-up of one text.
        public var characters: String {
            children.map { child in
                switch child {
                case .text(let text): text
                case .element(let element): element.characters
                }
            }.joined()
        }

        public var elements: [Element] {
            children.compactMap { if case .element(let element) = $0 { element } else { nil } }
        }

        /// Every descendant element with this (qualified) name, in document order.
        public func all(named name: String) -> [Element] {
            elements.flatMap { ($0.name == name ? [$0] : []) + $0.all(named: name) }
        }

        public func first(named name: String) -> Element? {
            for element in elements {
                if element.name == name { return element }
                if let found = element.first(named: name) { return found }
            }
            return nil
        }
    }

    public enum Node {
        case element(Element)
        case text(String)
    }

    static let inlineElements: Set<String> = [
        "a", "em", "i", "b", "strong", "span", "abbr", "cite", "small", "sup", "sub", "code",
    ]

    /// Parses a document; throws with the parser's message when it is not well-formed.
    public static func parse(_ data: Data) throws -> Element {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw TestSupportError(
                "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            let element = Element(name: elementName, attributes: attributes)
            if let parent = stack.last {
                parent.children.append(.element(element))
            } else {
                root = element
            }
            stack.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName: String?
        ) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.children.append(.text(string))
        }
    }
}
