/// A bounded memo for values that are costly to make and often asked for again (shaped words,
/// hyphenation points): two generations of at most `limit` entries each. A hit in the older one
/// moves the entry to the newer; when the newer fills, the older is dropped. Frequent keys stay,
/// rare ones age out, and memory stays flat however long the book.
struct GenerationalCache<Key: Hashable, Value> {
    private var current: [Key: Value] = [:]
    private var previous: [Key: Value] = [:]
    let limit: Int

    init(limit: Int) {
        self.limit = limit
        current.reserveCapacity(limit)
    }

    var count: Int { current.count + previous.count }

    mutating func value(for key: Key, make: () -> Value) -> Value {
        if let found = current[key] { return found }
        let value = previous.removeValue(forKey: key) ?? make()
        if current.count >= limit {
            previous = current
            current = [:]
            current.reserveCapacity(limit)
        }
        current[key] = value
        return value
    }
}
