import Foundation

/// One child process run to its end (posix_spawn and wait4, so nothing else reaps it): wall
/// time and peak resident memory.
struct ProcessRun {
    var wallMs = 0.0
    /// User and system CPU time: what the run costs whatever else the machine is doing.
    var cpuMs = 0.0
    var peakRSSMB = 0.0
    /// The exit status (or -1 when it did not start or did not exit normally).
    var status: Int32 = -1

    init(_ path: String, _ arguments: [String]) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        wallMs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        // WIFEXITED / WEXITSTATUS, which Swift does not import.
        self.status = status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
        peakRSSMB = Double(usage.ru_maxrss) / 1024
        func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
        cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime)
    }
}
