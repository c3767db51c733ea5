import Testing

@testable import TobookKit

/// What an `href` and a Cairo link tag get for an address.
@Suite("Link addresses")
struct LinkAddressTests {
    @Test(
        "Bytes a URL may not hold are percent-encoded, escapes and the first # kept",
        arguments: [
            ("https://a.example/x y", "https://a.example/x%20y"),
            ("https://a.example/\"q\"<b>", "https://a.example/%22q%22%3Cb%3E"),
            ("https://a.example/caf\u{E9}", "https://a.example/caf%C3%A9"),
            ("https://a.example/100%", "https://a.example/100%25"),
            ("https://a.example/%7Ex#top#again", "https://a.example/%7Ex#top%23again"),
        ])
    func href(url: String, expected: String) {
        #expect(LinkAddress.href(url) == expected)
    }

    @Test("Only absolute web, mail and FTP addresses are followed")
    func followable() {
        #expect(LinkAddress.isFollowable("HTTPS://a.example"))
        #expect(LinkAddress.isFollowable("mailto:a@b.example"))
        #expect(!LinkAddress.isFollowable("notes.md"))
        #expect(!LinkAddress.isFollowable("#section"))
        #expect(!LinkAddress.isFollowable("javascript:alert(1)"))
        #expect(!LinkAddress.isFollowable("https://"))
    }

    @Test("Cairo's quoted attribute escapes quotes and backslashes")
    func cairo() {
        #expect(
            LinkAddress.cairoAttributes("https://a.example/it's")
                == "uri='https://a.example/it\\'s'")
    }
}
