#include "core/process.hpp"

#include <cerrno>
#include <pthread.h>
#include <tuple>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace plainly {

namespace {

/// A pipe whose ends close themselves.
struct Pipe {
  int fd[2] = {-1, -1};
  bool open() { return ::pipe2(fd, O_CLOEXEC) == 0; }
  void close_end(int i) {
    if (fd[i] >= 0) ::close(fd[i]);
    fd[i] = -1;
  }
  ~Pipe() {
    close_end(0);
    close_end(1);
  }
};

/// Blocks SIGPIPE in this thread while a child runs, so a child that stops reading its
/// input cannot kill us; a SIGPIPE raised meanwhile is consumed before unblocking.
class SigpipeBlock {
 public:
  SigpipeBlock() {
    sigset_t pipe_set;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_set, &old_);
    sigset_t pending;
    sigpending(&pending);
    was_pending_ = sigismember(&pending, SIGPIPE) == 1;
  }
  ~SigpipeBlock() {
    if (!was_pending_) {
      sigset_t pipe_set;
      sigemptyset(&pipe_set);
      sigaddset(&pipe_set, SIGPIPE);
      timespec zero{0, 0};
      while (sigtimedwait(&pipe_set, nullptr, &zero) == SIGPIPE) {
      }
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }
  const sigset_t& old_mask() const { return old_; }

 private:
  sigset_t old_;
  bool was_pending_ = false;
};

std::vector<char*> c_argv(const std::vector<std::string>& argv) {
  std::vector<char*> out;
  for (const auto& a : argv) out.push_back(const_cast<char*>(a.c_str()));
  out.push_back(nullptr);
  return out;
}

/// Start the child with its three standard streams on our pipes. Returns 0 or an errno.
int spawn_child(const ProcessRequest& req, Pipe& in, Pipe& out, Pipe& err,
                const sigset_t& child_mask, pid_t* pid) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.fd[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err.fd[1], 2);
  if (!req.working_dir.empty())
    posix_spawn_file_actions_addchdir_np(&actions, req.working_dir.c_str());
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setsigmask(&attr, &child_mask);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
  auto argv = c_argv(req.argv);
  int rc = ::posix_spawnp(pid, argv[0], &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  return rc;
}

/// Feed stdin and drain stdout/stderr together until both outputs close or time runs out.
/// Returns false on timeout.
bool pump(const ProcessRequest& req, Pipe& in, Pipe& out, Pipe& err, ProcessResult& res) {
  using clock = std::chrono::steady_clock;
  const auto deadline = clock::now() + std::chrono::milliseconds(req.timeout_ms);
  size_t written = 0;
  if (req.stdin_data.empty()) in.close_end(1);
  else ::fcntl(in.fd[1], F_SETFL, ::fcntl(in.fd[1], F_GETFL) | O_NONBLOCK);
  char buf[65536];
  while (out.fd[0] >= 0 || err.fd[0] >= 0) {
    pollfd fds[3];
    int n = 0;
    int idx_in = -1, idx_out = -1, idx_err = -1;
    if (in.fd[1] >= 0) { idx_in = n; fds[n++] = {in.fd[1], POLLOUT, 0}; }
    if (out.fd[0] >= 0) { idx_out = n; fds[n++] = {out.fd[0], POLLIN, 0}; }
    if (err.fd[0] >= 0) { idx_err = n; fds[n++] = {err.fd[0], POLLIN, 0}; }
    int wait_ms = -1;
    if (req.timeout_ms > 0) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now()).count();
      if (left <= 0) return false;
      wait_ms = static_cast<int>(left);
    }
    int rc = ::poll(fds, n, wait_ms);
    if (rc < 0 && errno == EINTR) continue;
    if (rc < 0) return true;  // poll itself failed: stop reading; waitpid still reports
    if (rc == 0) return false;
    if (idx_in >= 0 && fds[idx_in].revents) {
      ssize_t w = ::write(in.fd[1], req.stdin_data.data() + written, req.stdin_data.size() - written);
      if (w > 0) written += static_cast<size_t>(w);
      if (w < 0 && errno != EAGAIN && errno != EINTR) in.close_end(1);  // EPIPE: it stopped reading
      if (written == req.stdin_data.size()) in.close_end(1);
    }
    for (auto [idx, pipe, sink] : {std::tuple{idx_out, &out, &res.stdout_data},
                                   std::tuple{idx_err, &err, &res.stderr_data}}) {
      if (idx < 0 || !fds[idx].revents) continue;
      ssize_t r = ::read(pipe->fd[0], buf, sizeof buf);
      if (r > 0) sink->append(buf, static_cast<size_t>(r));
      else if (r == 0 || (errno != EAGAIN && errno != EINTR)) pipe->close_end(0);
    }
  }
  return true;
}

void reap(pid_t pid, ProcessResult& res) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) res.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) res.signal = WTERMSIG(status);
}

ProcessRunner*& current_runner() {
  static SystemProcessRunner system_runner;
  static ProcessRunner* current = &system_runner;
  return current;
}

}  // namespace

ProcessResult SystemProcessRunner::run(const ProcessRequest& req) {
  ProcessResult res;
  if (req.argv.empty() || req.argv[0].empty()) {
    res.start_errno = ENOENT;
    return res;
  }
  Pipe in, out, err;
  if (!in.open() || !out.open() || !err.open()) {
    res.start_errno = errno;
    return res;
  }
  SigpipeBlock block;
  pid_t pid = 0;
  int rc = spawn_child(req, in, out, err, block.old_mask(), &pid);
  if (rc != 0) {
    res.start_errno = rc;
    return res;
  }
  res.started = true;
  in.close_end(0);
  out.close_end(1);
  err.close_end(1);
  if (!pump(req, in, out, err, res)) {
    res.timed_out = true;
    ::kill(pid, SIGKILL);
  }
  in.close_end(1);
  reap(pid, res);
  return res;
}

ProcessRunner& process_runner() { return *current_runner(); }

ScopedProcessRunner::ScopedProcessRunner(ProcessRunner& runner) : previous_(current_runner()) {
  current_runner() = &runner;
}

ScopedProcessRunner::~ScopedProcessRunner() { current_runner() = previous_; }

std::string find_program(const std::string& name) {
  auto executable = [](const std::string& p) {
    struct stat st{};
    return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(p.c_str(), X_OK) == 0;
  };
  if (name.empty()) return "";
  if (name.find('/') != std::string::npos) return executable(name) ? name : "";
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
  size_t start = 0;
  while (start <= dirs.size()) {
    size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string dir = dirs.substr(start, end - start);
    std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + name;
    if (executable(candidate)) return candidate;
    start = end + 1;
  }
  return "";
}

}  // namespace plainly
