import CCurl
import CSMTP
import Glibc

/// Hands a finished message to an SMTP server through libcurl, which speaks the protocol
/// (EHLO, STARTTLS, AUTH, DATA with dot-stuffing); this only maps its outcome to the errors a
/// user can act on: a refused login, a server not reached, a message refused.
struct SMTPSender {
    var settings: MailSettings
    /// Seconds to wait for the connection, and for a stalled transfer to move again.
    var connectTimeout = 30
    var stallTimeout = 60

    func send(_ message: [UInt8], from sender: String, to recipients: [String])
        throws(TobookError)
    {
        var error = [CChar](repeating: 0, count: 256)
        var response = 0
        // C copies of the strings, alive until the delivery has run.
        let copy = { (string: String?) in string.flatMap { strdup($0) } }
        let (url, from, user, password, caFile) = (
            copy(settings.url), copy(sender), copy(settings.user), copy(settings.password),
            copy(settings.caFile)
        )
        let recipientCopies = recipients.map { strdup($0) }
        defer { ([url, from, user, password, caFile] + recipientCopies).forEach { free($0) } }
        let recipientList = recipientCopies.map { $0.map { UnsafePointer<CChar>($0) } }
        let code = recipientList.withUnsafeBufferPointer { recipientPointers in
            message.withUnsafeBufferPointer { bytes in
                var mail = tobook_smtp_mail(
                    url: url, require_starttls: settings.security == .starttls ? 1 : 0,
                    user: user, password: password, from: from,
                    recipients: recipientPointers.baseAddress, recipient_count: recipients.count,
                    ca_file: caFile, message: bytes.baseAddress, message_size: bytes.count,
                    connect_timeout: connectTimeout, stall_timeout: stallTimeout)
                return tobook_smtp_send(&mail, &error, &response)
            }
        }
        guard code != 0 else { return }
        let words = String(
            decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        throw Self.failure(code: code, response: response, words: words, server: settings.server)
    }

    /// libcurl's result codes (curl.h) sorted into what the user should do next.
    static func failure(code: Int32, response: Int, words: String, server: String) -> TobookError {
        let reply = response > 0 ? " (server reply \(response))" : ""
        switch CURLcode(UInt32(code)) {
        case CURLE_LOGIN_DENIED:
            return .mailLoginRefused(server: server, reason: words + reply)
        case CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT,
            CURLE_OPERATION_TIMEDOUT, CURLE_USE_SSL_FAILED, CURLE_SSL_CONNECT_ERROR,
            CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM,
            CURLE_SSL_CIPHER, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_ENGINE_NOTFOUND,
            CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_CRL_BADFILE,
            CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            // Resolving, connecting, timing out, and every TLS failure: the book never left.
            return .mailServerUnreachable(server: server, reason: words)
        default:
            return .mailRefused(server: server, reason: words + reply)
        }
    }
}
