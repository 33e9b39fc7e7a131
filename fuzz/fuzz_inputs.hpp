#pragma once
// One input through one reader: the body of each libFuzzer target, shared with the
// regression tests (tests/unit/hostile/fuzz_regressions_test.cpp) so a kept crash input
// runs exactly as the fuzzer ran it.
//
// A reader may refuse an input only by throwing PlainlyError with a message. Any other
// exception escapes, and libFuzzer (or the test) reports it.

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include "check/checker.hpp"
#include "check/definition_text.hpp"
#include "check/text_source.hpp"
#include "core/error.hpp"
#include "core/utf8.hpp"
#include "definitions/load.hpp"
#include "definitions/validate.hpp"
#include "markdown/parser.hpp"

namespace plainly::fuzz {

/// Run `f`; a PlainlyError is a clean refusal, but it must carry a message or diagnostics.
template <class F>
void run_clean(F&& f) {
  try {
    f();
  } catch (const PlainlyError& e) {
    if (e.diagnostics().empty() && std::string(e.what()).empty()) std::abort();
  }
}

/// The built-in en-GB rules, loaded once.
inline const Checker& builtin_checker() {
  static const Checker c = load_checker("en-GB", {});
  return c;
}

/// Definitions loader + validator, with the language checker as `plainly validate` runs it.
inline void definitions_input(std::string_view bytes) {
  static const ValidateOptions opts = [] {
    ValidateOptions o;
    o.today = Date{2026, 1, 1};
    o.text_checker = definitions_text_checker(builtin_checker());
    return o;
  }();
  run_clean([&] {
    Definitions d = load_definitions_from_string(std::string(bytes), "fuzz.yaml");
    (void)validate(d, opts);
  });
}

/// The Markdown reader.
inline void markdown_input(std::string_view bytes) {
  run_clean([&] { (void)parse_markdown(std::string(bytes), "fuzz.md"); });
}

/// The rule-file loader (it reads files, so the bytes go to one temporary file per
/// process); a rule file that loads then checks a short text, so its rules run too.
inline void rules_input(std::string_view bytes) {
  static const std::string path = "/tmp/plainly-fuzz-rules-" + std::to_string(getpid()) + ".yaml";
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  static constexpr const char* kText =
      "We may be able to offer you paid work in the future. You will be paid £25 an hour. "
      "Please reply by 3 May 2026 if you can. It is hoped that everyone will attend.";
  run_clean([&] {
    Checker c = load_checker_from_files({path});
    (void)check_text_full(c, kText, "fuzz.txt", {});
    CheckOptions easy;
    easy.easy_read = true;
    (void)check_text_full(c, kText, "fuzz.txt", easy);
  });
}

/// The checker with the built-in rules. The first byte picks the options (bit 0: easy
/// read, bit 1: Markdown); the rest is the text. Bytes that are not UTF-8 go through the
/// check `plainly check` uses to refuse them.
inline void checker_input(std::string_view bytes) {
  const Checker& c = builtin_checker();
  if (bytes.empty()) return;
  CheckOptions opts;
  opts.easy_read = (bytes[0] & 1) != 0;
  opts.markdown = (bytes[0] & 2) != 0;
  std::string_view text = bytes.substr(1);
  run_clean([&] {
    if (!utf8_valid(text)) {
      if (text_problem(text, 1, 1, "fuzz.txt").empty()) std::abort();
      return;
    }
    (void)check_text_full(c, text, "fuzz.txt", opts);
  });
}

/// Load what every target loads once (the built-in rules, ...) before fuzzing starts, so
/// the first input is not charged for it against the 1 s timeout.
inline void warm_up() {
  definitions_input("version: 1\n");
  markdown_input("# Title\n");
  rules_input("rules: []\n");
  checker_input(std::string_view("\0We may pay you.", 16));
}

}  // namespace plainly::fuzz
