import Foundation

/// A child program run in a process group of its own, so that it and everything it starts can be
/// killed together. LibreOffice's `soffice` is a script that starts `oosplash`, which starts
/// `soffice.bin`: killing only the process we started would leave the real worker running (and
/// holding its output pipe open, which is how a hang used to become a hang of ours).
///
/// Output goes to a file, never a pipe, for the same reason: a grandchild that outlives its parent
/// keeps a pipe open, but cannot keep us waiting on a file.
struct GroupedProcess {
    enum Outcome: Equatable {
        /// The program exited by itself with this wait status (see `exitCode`).
        case exited(Int32)
        /// The deadline passed; the whole group was terminated.
        case timedOut
    }

    struct SpawnError: Error {
        let code: Int32
    }

    let pid: pid_t

    /// After SIGTERM, how long the group gets before SIGKILL. Short: after a timeout its output is
    /// discarded anyway, and its profile folder is thrown away by the caller.
    static let grace: TimeInterval = 1
    /// How often a waiting caller looks at the program's progress.
    static let progressPoll: TimeInterval = 0.1

    /// Starts `executable` with `arguments` and `environment` in a new process group (pgid = pid),
    /// standard input from /dev/null, standard output and error appended to `log`.
    init(executable: String, arguments: [String], environment: [String: String], log: String) throws(SpawnError) {
        #if os(Linux)
        var attributes = posix_spawnattr_t()
        var actions = posix_spawn_file_actions_t()
        #else
        var attributes: posix_spawnattr_t?
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawnattr_init(&attributes)
        posix_spawn_file_actions_init(&actions)
        defer {
            posix_spawnattr_destroy(&attributes)
            posix_spawn_file_actions_destroy(&actions)
        }
        // Own group; default signal handling and an empty mask, because ignored signals survive
        // exec: a child that inherited an ignored SIGTERM could only be stopped by SIGKILL.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        sigemptyset(&empty)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw SpawnError(code: code) }
        self.pid = pid
        ChildGroups.add(pid)
    }

    /// Waits for the program until `timeout` seconds have passed. Either way, when this returns the
    /// program has been reaped and no process of its group is left running.
    func wait(timeout: TimeInterval) -> Outcome {
        wait(idle: timeout) { 0 }
    }

    /// Waits while the program keeps making progress: the deadline is `idle` seconds after the
    /// start or after the last time `progress()` grew (a LibreOffice converting many files, each
    /// finished file a step). A program that stops stepping for `idle` seconds is killed, with its
    /// group, exactly as on a plain timeout.
    func wait(idle: TimeInterval, progress: () -> Int) -> Outcome {
        var steps = progress()
        var deadline = Date().addingTimeInterval(idle)
        while !hasExited(before: min(deadline, Date().addingTimeInterval(Self.progressPoll))) {
            let now = progress()
            if now > steps {
                steps = now
                deadline = Date().addingTimeInterval(idle)
            } else if Date() >= deadline {
                break
            }
        }
        if hasExited(before: Date()) {
            // Whatever it left behind is a stray of a finished run: it goes too.
            kill(-pid, SIGKILL)
            ChildGroups.remove(pid)
            return .exited(reap())
        }
        kill(-pid, SIGTERM)
        _ = hasExited(before: Date().addingTimeInterval(Self.grace))
        kill(-pid, SIGKILL)
        // Unregistered while the leader is still a zombie, so its id cannot have been reused yet.
        ChildGroups.remove(pid)
        _ = reap()
        return .timedOut
    }

    /// Polls for the group leader's exit without reaping it (WNOWAIT): while it is an unreaped
    /// zombie its pid, which is the group's id, cannot be reused, so `kill(-pid, …)` afterwards
    /// can only reach this group.
    private func hasExited(before deadline: Date) -> Bool {
        while true {
            var info = siginfo_t()
            let result = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
            if result == 0, Self.childPID(info) == pid { return true }
            if result == -1, errno != EINTR { return true }  // ECHILD: somebody else reaped it
            if Date() >= deadline { return false }
            usleep(20_000)
        }
    }

    private func reap() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }

    private static func childPID(_ info: siginfo_t) -> pid_t {
        #if os(Linux)
        info._sifields._sigchld.si_pid
        #else
        info.si_pid
        #endif
    }

    /// The exit code in a wait status, or nil when the program was killed by a signal.
    static func exitCode(_ status: Int32) -> Int32? {
        status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
    }
}
