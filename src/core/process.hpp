#pragma once
// Run another program as a subprocess: no shell, arguments as a list, a timeout, and
// stdin/stdout/stderr through pipes (read and written together, so nothing deadlocks).
// Behind a small interface so tests can fake it (like ninja's FakeCommandRunner).

#include <string>
#include <vector>

namespace plainly {

/// What to run. `argv[0]` is the program: a path, or a bare name looked up in $PATH.
struct ProcessRequest {
  std::vector<std::string> argv;  ///< the program and its arguments, never joined for a shell
  std::string stdin_data;         ///< written to the child's standard input, then closed
  int timeout_ms = 60000;         ///< the child is killed after this long (0 = no limit)
  std::string working_dir;        ///< "" = the current folder
};

/// What happened.
struct ProcessResult {
  bool started = false;    ///< false when the program could not be started at all
  int start_errno = 0;     ///< why it could not start (ENOENT: not found; EACCES: not executable)
  bool timed_out = false;  ///< true when we killed it for running past the timeout
  int exit_code = -1;      ///< its exit status, or -1 when it did not exit normally
  int signal = 0;          ///< the signal that ended it, or 0
  std::string stdout_data; ///< everything it wrote to standard output
  std::string stderr_data; ///< everything it wrote to standard error

  /// True when it started, exited by itself and returned 0.
  bool ok() const { return started && !timed_out && signal == 0 && exit_code == 0; }
};

/// Runs programs. The real one spawns processes; tests substitute a fake.
class ProcessRunner {
 public:
  virtual ~ProcessRunner() = default;
  /// Run `request` to completion (or timeout) and report what happened. Never throws for
  /// a child's failure: the result says what went wrong.
  virtual ProcessResult run(const ProcessRequest& request) = 0;
};

/// The real runner: posix_spawn, pipes, poll, SIGKILL on timeout.
class SystemProcessRunner : public ProcessRunner {
 public:
  ProcessResult run(const ProcessRequest& request) override;
};

/// The runner the writers use: a SystemProcessRunner unless a test has set another.
ProcessRunner& process_runner();

/// Use `runner` for process_runner() while this object lives (for tests).
class ScopedProcessRunner {
 public:
  explicit ScopedProcessRunner(ProcessRunner& runner);
  ~ScopedProcessRunner();
  ScopedProcessRunner(const ScopedProcessRunner&) = delete;
  ScopedProcessRunner& operator=(const ScopedProcessRunner&) = delete;

 private:
  ProcessRunner* previous_;
};

/// Find `name` in $PATH (or return it unchanged when it contains a '/'). "" if not found.
std::string find_program(const std::string& name);

}  // namespace plainly
