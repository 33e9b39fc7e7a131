// The subprocess runner behind Pandoc: pipes without deadlock, timeouts, missing programs.
#include <doctest/doctest.h>

#include <cerrno>
#include <chrono>
#include <csignal>

#include "core/process.hpp"

using namespace plainly;

TEST_CASE("process: a large input goes through cat and back without deadlock") {
  SystemProcessRunner runner;
  ProcessRequest req;
  req.argv = {"cat"};
  req.stdin_data.assign(3 * 1024 * 1024, 'x');
  for (size_t i = 0; i < req.stdin_data.size(); i += 997) req.stdin_data[i] = '\n';
  ProcessResult res = runner.run(req);
  CHECK(res.ok());
  CHECK(res.stdout_data == req.stdin_data);
  CHECK(res.stderr_data.empty());
}

TEST_CASE("process: arguments are passed as a list, never through a shell") {
  SystemProcessRunner runner;
  ProcessRequest req;
  req.argv = {"printf", "%s|", "a b", "$HOME", "; echo no", "*"};
  ProcessResult res = runner.run(req);
  CHECK(res.ok());
  CHECK(res.stdout_data == "a b|$HOME|; echo no|*|");
}

TEST_CASE("process: stderr and the exit code are captured") {
  SystemProcessRunner runner;
  ProcessRequest req;
  req.argv = {"sh", "-c", "echo out; echo 'it broke' >&2; exit 7"};
  ProcessResult res = runner.run(req);
  CHECK(res.started);
  CHECK_FALSE(res.ok());
  CHECK(res.exit_code == 7);
  CHECK(res.stdout_data == "out\n");
  CHECK(res.stderr_data == "it broke\n");
}

TEST_CASE("process: a missing program is reported, not thrown") {
  SystemProcessRunner runner;
  ProcessRequest req;
  req.argv = {"/nonexistent/plainly-no-such-program"};
  ProcessResult res = runner.run(req);
  CHECK_FALSE(res.started);
  CHECK(res.start_errno == ENOENT);
  req.argv = {"plainly-no-such-program-on-path"};
  res = runner.run(req);
  CHECK_FALSE(res.started);
  CHECK(find_program("plainly-no-such-program-on-path").empty());
  CHECK_FALSE(find_program("sh").empty());
}

TEST_CASE("process: a program that runs too long is stopped at the timeout") {
  SystemProcessRunner runner;
  ProcessRequest req;
  req.argv = {"sleep", "10"};
  req.timeout_ms = 200;
  auto start = std::chrono::steady_clock::now();
  ProcessResult res = runner.run(req);
  auto took = std::chrono::steady_clock::now() - start;
  CHECK(res.timed_out);
  CHECK_FALSE(res.ok());
  CHECK(res.signal == SIGKILL);
  CHECK(took < std::chrono::seconds(3));
}

TEST_CASE("process: a child that ignores its input does not kill us with SIGPIPE") {
  SystemProcessRunner runner;
  ProcessRequest req;
  req.argv = {"true"};
  req.stdin_data.assign(8 * 1024 * 1024, 'y');
  ProcessResult res = runner.run(req);
  CHECK(res.ok());
}

TEST_CASE("process: the working folder is honoured") {
  SystemProcessRunner runner;
  ProcessRequest req;
  req.argv = {"pwd"};
  req.working_dir = "/";
  ProcessResult res = runner.run(req);
  CHECK(res.stdout_data == "/\n");
}

namespace {
struct CountingRunner : ProcessRunner {
  int calls = 0;
  ProcessResult run(const ProcessRequest&) override {
    ++calls;
    ProcessResult r;
    r.started = true;
    r.exit_code = 0;
    return r;
  }
};
}  // namespace

TEST_CASE("process: a scoped runner replaces the system runner and then restores it") {
  ProcessRunner* before = &process_runner();
  {
    CountingRunner fake;
    ScopedProcessRunner use(fake);
    process_runner().run({});
    CHECK(fake.calls == 1);
  }
  CHECK(&process_runner() == before);
}
