#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "core/fs.hpp"
#include "definitions/load.hpp"
#include "../temp_paths.hpp"

using namespace plainly;

namespace {

// The first line of each diagnostic thrown by loading `text` ("" when it loads).
std::vector<std::string> load_errors(const std::string& text) {
  try {
    load_definitions_from_string(text, "t.yaml");
  } catch (const PlainlyError& e) {
    std::vector<std::string> out;
    for (const auto& d : e.diagnostics()) {
      std::string s = format_diagnostic(d);
      out.push_back(s.substr(0, s.find('\n')));
    }
    if (out.empty()) out.push_back(e.what());
    return out;
  }
  return {};
}

std::string example(const std::string& name) {
  return read_file(std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/" + name);
}

std::string temp_path(const std::string& name) {
  return test::temp_path("defs-test-" + name).string();
}

}  // namespace

TEST_CASE("load: the examples fill the structs, with positions") {
  Definitions d = load_definitions_from_string(example("training-co-design.yaml"), "x.yaml");
  REQUIRE(d.roles.size() == 2);
  const Role& r = d.roles[0];
  CHECK(r.key_path == "roles[peer-trainer]");
  CHECK(r.id.value == "peer-trainer");
  CHECK(r.id.pos.column == 9);
  CHECK(r.pay.rate.value.minor == 2500);
  CHECK(r.pay.rate.value.currency == "GBP");
  CHECK(r.sessions.size() == 6);
  CHECK(r.sessions[4].start.value == TimeOfDay{9, 30});
  CHECK(r.input.size() == 3);
  CHECK(d.people.size() == 3);
  CHECK(d.people[0].format.value == "large-print");
  CHECK(d.people[0].size.value == 20);
  CHECK(d.value_problems.empty());
  CHECK(d.keys.count("roles[peer-trainer].pay.rate") == 1);
}

TEST_CASE("load: a repeating pattern") {
  Definitions d = load_definitions_from_string(example("peer-support.yaml"), "x.yaml");
  const RepeatPattern& p = d.roles.at(0).pattern;
  CHECK(p.present);
  CHECK(p.every.value == "week");
  CHECK(p.day.value == "Tuesday");
  CHECK(p.start.value == TimeOfDay{13, 30});
  CHECK(p.from.value == Date{2027, 4, 6});
  CHECK(p.except.size() == 1);
}

TEST_CASE("load: columns count characters, not bytes") {
  Definitions d = load_definitions_from_string("project:\n  title: \"Café – £5\"\n  summary: ok\n", "x.yaml");
  CHECK(d.project.title.pos.line == 2);
  CHECK(d.project.title.pos.column == 11);  // inside the quote
  Definitions e = load_definitions_from_string("project: {title: Café, summary: TBC}\n", "x.yaml");
  REQUIRE(e.value_problems.size() == 1);
  CHECK(e.value_problems[0].pos.column == 33);
}

TEST_CASE("load: shape problems are thrown all at once") {
  auto errors = load_errors("version: 1\nprojet:\n  title: x\nroles:\n  - id: a\n    tasks: Plan the course\n    sessions: {date: 2027-03-02}\n");
  REQUIRE(errors.size() == 3);
  CHECK(errors[0] == "t.yaml:2:1: error: projet: this key is not one plainly knows. Did you mean \"project\"?");
  CHECK(errors[1] == "t.yaml:6:12: error: roles[a].tasks: expected a list of tasks, found a single piece of text. "
                     "For example: tasks: [Plan the course with us, Co-deliver two sessions]");
  CHECK(errors[2] == "t.yaml:7:15: error: roles[a].sessions: expected a list of sessions, found a group of keys. "
                     "For example: sessions: [{date: 2027-03-02, start: \"10:00\", end: \"12:00\", what: Focus group}]");
}

TEST_CASE("load: YAML syntax problems in plain words") {
  CHECK(load_errors("version: 1\nproject:\n\ttitle: x\n")[0] ==
        "t.yaml:3:1: error: a tab is used to indent this line, and YAML only allows spaces. Replace the tab with spaces.");
  CHECK(load_errors("project:\n  title: x\n summary: y\n")[0] ==
        "t.yaml:3:2: error: this line is indented differently from the lines above it. "
        "Line up keys at the same level with the same number of spaces.");
  CHECK(load_errors("project:\n  title: \"Peer trainer\n  summary: y\n")[0] ==
        "t.yaml:2:10: error: project.title: this quote (\") is not closed on the same line. "
        "Put a closing \" at the end of the value, like: title: \"Peer trainer\"");
  CHECK(load_errors("project:\n  title: x\n  title: y\n")[0] ==
        "t.yaml:3:3: error: project.title: this key appears twice in the same group; the first is on line 2. Keep one of them.");
  CHECK(load_errors("tasks: [a, b\n")[0] ==
        "t.yaml:1:8: error: a list opened with '[' is not closed with ']'. For example: tasks: [Plan the course, Run two sessions]");
}

TEST_CASE("load: bad bytes, empty files, deep nesting") {
  CHECK(load_errors("project:\n  title: caf\xe9\n")[0] ==
        "t.yaml:2:13: error: this byte is not UTF-8 text. Save the file as UTF-8 (in most editors: Save As, then choose the encoding UTF-8).");
  CHECK(load_errors("")[0] == "t.yaml:1:1: error: the file is empty. Run 'plainly init' to write a starter file, then fill it in.");
  CHECK(load_errors("# only a comment\n\n")[0].find("the file is empty") != std::string::npos);
  CHECK(load_errors("- a\n- b\n")[0] ==
        "t.yaml:1:1: error: expected a group of keys at the top of the file, found a list. Start the file with: version: 1");
  CHECK(load_errors("a: " + std::string(100000, '['))[0].find("t.yaml:1:44: error: the lists and groups here are nested too deeply") == 0);
  std::string dashes;
  for (int i = 0; i < 5000; ++i) dashes += "- ";
  CHECK(load_errors(dashes + "x\n")[0].find("nested too deeply") != std::string::npos);
  std::string indents;
  for (int i = 0; i < 1000; ++i) indents += std::string(i, ' ') + "k:\n";
  CHECK(load_errors(indents)[0].find("nested too deeply") != std::string::npos);
  CHECK(load_errors("a: \x01\n")[0] == "t.yaml:1:4: error: this line holds an invisible control character (0x01). Delete it.");
}

TEST_CASE("load: a missing file and a 10 MB file") {
  std::string missing = temp_path("missing.yaml");
  std::remove(missing.c_str());
  try {
    load_definitions(missing);
    FAIL("no error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    CHECK(std::string(e.what()) == missing + ": cannot open: the file does not exist.");
  }
  std::string big = temp_path("big.yaml");
  {
    std::ofstream out(big, std::ios::binary);
    out << "version: 1\nproject:\n  goals:\n";
    for (int i = 0; i < 400000; ++i) out << "    - a goal that is fine\n";
  }
  try {
    load_definitions(big);
    FAIL("no error");
  } catch (const PlainlyError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(format_diagnostic(e.diagnostics()[0]).find(big + ":1:1: error: this file is 9.9 MB, too large") == 0);
  }
  std::remove(big.c_str());
}
