#if canImport(Glibc)
import Glibc
#endif

/// Time spent in each pass, summed over all functions of a module: what `KILN_TIME=1 kiln
/// build` prints, to compare the back end's own speed with llc-22's. CPU time of the
/// thread, not wall time: on a shared machine wall time mostly measures the other
/// processes. A class so the passes can add to one record through `Backend.compile`
/// without threading it through every return value.
public final class PassTimings {
    /// Pass names in the order they were first measured, and their total durations.
    public private(set) var order: [String] = []
    public private(set) var totals: [String: Duration] = [:]

    public init() {}

    /// Runs `body`, adding its wall time to `name`'s total.
    public func measure<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = Self.cpuTime()
        defer {
            let elapsed = Self.cpuTime() - start
            if totals[name] == nil { order.append(name) }
            totals[name, default: .zero] += elapsed
        }
        return try body()
    }

    /// The CPU time this thread has used so far.
    static func cpuTime() -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }

    /// One line per pass, in milliseconds, then the total.
    public var report: String {
        func ms(_ d: Duration) -> String {
            let (seconds, attoseconds) = d.components
            let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
            let text = String(Int((value * 100).rounded()))
            let padded = String(repeating: "0", count: max(0, 3 - text.count)) + text
            return padded.dropLast(2) + "." + padded.suffix(2)
        }
        var lines = order.map { "\($0): \(ms(totals[$0]!)) ms" }
        lines.append("total: \(ms(order.reduce(Duration.zero) { $0 + totals[$1]! })) ms")
        return lines.joined(separator: "\n")
    }
}
