#include <doctest/doctest.h>

#include <string>

#include "core/fs.hpp"
#include "definitions/load.hpp"
#include "definitions/validate.hpp"

using namespace plainly;

namespace {

Definitions example(const std::string& name) {
  std::string path = std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/" + name;
  return load_definitions_from_string(read_file(path), name);
}

ValidateOptions on(Date today) {
  ValidateOptions o;
  o.today = today;
  return o;
}

std::string first_line(const Diagnostic& d) {
  std::string s = format_diagnostic(d);
  return s.substr(0, s.find('\n'));
}

}  // namespace

TEST_CASE("validate: the three examples are valid") {
  for (const char* name : {"focus-group.yaml", "training-co-design.yaml", "peer-support.yaml"}) {
    CAPTURE(name);
    // By its real path, so a picture file named in it is found beside it.
    std::string path = std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/" + name;
    auto problems = validate(load_definitions_from_string(read_file(path), path), on(Date{2026, 11, 25}));
    for (const auto& p : problems) INFO(format_diagnostic(p));
    CHECK(problems.empty());
  }
}

TEST_CASE("validate: dates before today are flagged, with both dates") {
  auto problems = validate(example("training-co-design.yaml"), on(Date{2027, 3, 1}));
  REQUIRE(problems.size() == 1);
  CHECK(first_line(problems[0]) ==
        "training-co-design.yaml:106:15: error: roles[peer-trainer].apply_by: 2027-02-26 is in the past "
        "(today is 2027-03-01). Check the year, or choose a later date.");
}

TEST_CASE("validate: the text checker hook sees every free-text field, and its findings are sorted in") {
  Definitions d = example("focus-group.yaml");
  auto fields = free_text_fields(d);
  REQUIRE(fields.size() > 20);
  CHECK(fields[0].key_path == "contact.hours");
  bool saw_cancellation = false;
  for (const auto& f : fields) saw_cancellation = saw_cancellation || f.key_path == "roles[focus-group-member].cancellation";
  CHECK(saw_cancellation);
  for (size_t i = 1; i < fields.size(); ++i) CHECK(fields[i - 1].field->pos.line <= fields[i].field->pos.line);

  ValidateOptions o = on(Date{2026, 11, 25});
  int calls = 0;
  o.text_checker = [&](const Definitions& defs, const TextField& f) {
    ++calls;
    std::vector<Diagnostic> out;
    if (f.key_path == "project.title") {
      Diagnostic x;
      x.file = defs.path;
      x.pos = f.field->pos;
      x.key_path = f.key_path;
      x.message = "found by the checker.";
      out.push_back(x);
    }
    return out;
  };
  d.value_problems.push_back(Diagnostic{Severity::Error, "focus-group.yaml", {200, 1}, 1, "x", "late.", "", ""});
  auto problems = validate(d, o);
  CHECK(calls == static_cast<int>(fields.size()));
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].key_path == "project.title");
  CHECK(problems[1].pos.line == 200);
}

TEST_CASE("validate: sessions and a pattern together, and neither") {
  Definitions d = example("peer-support.yaml");
  d.pictures.clear();  // loaded as "peer-support.yaml", so its picture file is not beside it
  d.keys["roles[peer-support-worker].sessions"] = SourcePos{40, 5};
  auto problems = validate(d, on(Date{2026, 11, 25}));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "this role has both a list of sessions and a pattern.");
  d.keys.erase("roles[peer-support-worker].sessions");
  d.roles[0].pattern.present = false;
  problems = validate(d, on(Date{2026, 11, 25}));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].key_path == "roles[peer-support-worker].sessions");
  CHECK(problems[0].message == "this is missing: list the sessions, or give a repeating pattern.");
}

TEST_CASE("validate: expenses explicitly none, and an unpaid role") {
  std::string text = read_file(std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/focus-group.yaml");
  size_t a = text.find("    expenses:\n"), b = text.find("    benefits:\n");
  std::string none = text.substr(0, a) + "    expenses:\n      covered: []\n" + text.substr(b);
  CHECK(validate(load_definitions_from_string(none, "x.yaml"), on(Date{2026, 11, 25})).empty());
  size_t p = none.find("    pay:\n"), q = none.find("    expenses:\n");
  size_t t = none.find("    tax:\n"), s = none.find("    support:\n");
  std::string unpaid = none.substr(0, p) + "    pay:\n      kind: unpaid\n" + none.substr(q, t - q) + none.substr(s);
  unpaid.erase(unpaid.find("    benefits:\n"), unpaid.find("    support:\n") - unpaid.find("    benefits:\n"));
  auto problems = validate(load_definitions_from_string(unpaid, "x.yaml"), on(Date{2026, 11, 25}));
  for (const auto& x : problems) INFO(format_diagnostic(x));
  CHECK(problems.empty());
}
