#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with its standard output and error on pipes, handing their bytes to the
/// caller as they arrive, and kills it (SIGKILL) when it outlives a deadline.
public enum Subprocess {
    public struct Outcome: Sendable {
        /// The exit status, or 128 + signal number when a signal ended it.
        public var status: Int32
        /// The deadline passed and the process was killed.
        public var timedOut: Bool
    }

    /// Starts `arguments[0]` (looked up in PATH) and waits for it.
    public static func run(_ arguments: [String], timeout: Double? = nil,
                           onStdout: ([UInt8]) -> Void, onStderr: ([UInt8]) -> Void) throws(DriverError) -> Outcome {
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
            throw .tool(name: arguments[0], message: "cannot create pipes: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)

        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, cArguments, environ)
        close(outPipe[1])
        close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0])
            close(errPipe[0])
            throw .tool(name: arguments[0], message: "cannot start: \(String(cString: strerror(spawned)))")
        }

        let deadline = timeout.map { now() + $0 }
        var timedOut = false
        var open = [outPipe[0], errPipe[0]]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            var wait: Int32 = -1
            if let deadline {
                let left = deadline - now()
                if left <= 0 {
                    kill(pid, SIGKILL)
                    timedOut = true
                    break
                }
                wait = Int32(min(left * 1000, 1000)) + 1
            }
            let ready = poll(&fds, nfds_t(fds.count), wait)
            if ready < 0 && errno != EINTR { break }
            for entry in fds where entry.revents != 0 {
                let n = buffer.withUnsafeMutableBytes { Glibc.read(entry.fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    let bytes = Array(buffer[0..<n])
                    entry.fd == outPipe[0] ? onStdout(bytes) : onStderr(bytes)
                } else {
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        close(outPipe[0])
        close(errPipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7F == 0
        return Outcome(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), timedOut: timedOut)
    }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
