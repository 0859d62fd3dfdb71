#if canImport(Glibc)
import Glibc
#endif

/// Runs jobs in child processes, at most `width` at a time. A job is in-process work (here:
/// `kiln build`'s own code, then a QEMU run) that leaves its results in files; a process
/// per job keeps each build's LLVM state and temporary files its own, which threads would
/// share. The job's exit status says whether it succeeded.
enum ForkedJobs {
    /// Runs `jobs[i]()` in a child for every i; `finished(i, status)` is called in the
    /// parent as each child ends (status 0 = success). Returns the statuses by job.
    static func run(_ jobs: [() -> Int32], width: Int, finished: (Int, Int32) -> Void) -> [Int32] {
        var statuses = [Int32](repeating: -1, count: jobs.count)
        var running: [pid_t: Int] = [:]
        var next = 0
        while next < jobs.count || !running.isEmpty {
            while next < jobs.count && running.count < max(1, width) {
                // What the parent buffered must not be written twice.
                fflush(nil)
                let pid = fork()
                if pid == 0 {
                    let status = jobs[next]()
                    fflush(nil)
                    _exit(status)
                }
                if pid < 0 {
                    // No process to be had: do the job here instead.
                    statuses[next] = jobs[next]()
                    finished(next, statuses[next])
                } else {
                    running[pid] = next
                }
                next += 1
            }
            guard !running.isEmpty else { continue }
            var status: Int32 = 0
            let pid = waitpid(-1, &status, 0)
            if pid < 0 {
                if errno == EINTR { continue }
                break
            }
            guard let index = running.removeValue(forKey: pid) else { continue }
            statuses[index] = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            finished(index, statuses[index])
        }
        return statuses
    }

    /// The number of processors online (the default width).
    static var processors: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
