import Foundation
import Testing

@testable import TobookKit

/// The mail's Date header, written by hand, is what `DateFormatter` wrote.
@Suite("Mail: the Date header")
struct MailDateTests {
    @Test(
        "RFC 5322's date, in English and UTC",
        arguments: [
            0, 1_700_000_000, 1_700_000_000.75, -1, 951_782_400, 4_107_542_400, 1_234_567_890,
            -31_536_000,
        ] as [Double])
    func matchesDateFormatter(seconds: Double) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let date = Date(timeIntervalSince1970: seconds)
        #expect(MailDate.string(from: date) == formatter.string(from: date))
    }

    @Test("Every day of four years names its weekday and month as DateFormatter did")
    func everyDay() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        for day in 19_000..<(19_000 + 4 * 366) {
            let date = Date(timeIntervalSince1970: Double(day * 86_400 + 45_296))
            #expect(MailDate.string(from: date) == formatter.string(from: date))
        }
    }
}
