#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Turns a hang into a failure that names the case: a thread checks that the case being
/// run changes at least every `limit` seconds, and otherwise prints the case and aborts the
/// process (a stuck loop cannot be stopped from outside in-process code).
public final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var current: String?
    private var started = Date()
    private var stopped = false

    /// Starts watching; `limit` seconds per case.
    public init(limit: TimeInterval) {
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: min(1, limit / 4))
                lock.lock()
                let (name, since, done) = (current, started, stopped)
                lock.unlock()
                if done { return }
                if let name, Date().timeIntervalSince(since) > limit {
                    FileHandle.standardError.write(Data("fuzz: case \(name) still running after \(limit) s: a hang\n".utf8))
                    abort()
                }
            }
        }
        thread.start()
    }

    /// `name` starts now.
    public func begin(_ name: String) {
        lock.lock()
        (current, started) = (name, Date())
        lock.unlock()
    }

    /// No case runs now (the watchdog waits).
    public func end() {
        lock.lock()
        current = nil
        lock.unlock()
    }

    /// Ends the watching thread.
    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }
}
