/// A ZIP entry's MS-DOS date and time, computed in UTC. libzip's `zip_file_set_mtime` converts
/// through local time, so another `TZ` would change the bytes; `zip_file_set_dostime` does not.
struct DOSTimestamp: Equatable, Sendable {
    let time: UInt16
    let date: UInt16

    /// Clamped to what the format can hold, 1980-01-01 through 2107-12-31; seconds are even.
    init(secondsSince1970 seconds: Int64) {
        let earliest: Int64 = 315_532_800
        let latest: Int64 = 4_354_819_198
        let moment = UTCDateTime(secondsSince1970: min(max(seconds, earliest), latest))
        time = UInt16(moment.hour << 11 | moment.minute << 5 | moment.second / 2)
        date = UInt16((moment.year - 1980) << 9 | moment.month << 5 | moment.day)
    }
}
