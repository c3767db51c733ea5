#if FUZZING
    import TestSupport

    /// libFuzzer's entry: one input through the whole EPUB pipeline; a broken property traps, so
    /// libFuzzer saves the input as a reproducer (it then belongs in `Tests/Fuzz/regressions`).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        do {
            _ = try PipelineCheck.run(bytes)
        } catch {
            fatalError("property violated: \(error.description)")
        }
        return 0
    }
#endif
