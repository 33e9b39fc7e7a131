// A free-text field may give its own wording for easy-read documents:
//   how_to_claim: {text: "...", easy_read: "..."}
// validate checks that wording with the easy-read limits, and easy-read documents show it.
#include <doctest/doctest.h>

#include <string>

#include "check/definition_text.hpp"
#include "core/error.hpp"
#include "core/fs.hpp"
#include "definitions/load.hpp"
#include "definitions/validate.hpp"
#include "make/make.hpp"
#include "make/plan.hpp"
#include "templating/context.hpp"
#include "templating/render.hpp"

using namespace plainly;

namespace {

const char* const kClaimLine =
    "      how_to_claim: Send your tickets or receipts to Priya by email or post, or hand them to her on the day\n";

// examples/focus-group.yaml with its how_to_claim line replaced by `replacement`.
std::string focus_group_with(const std::string& replacement) {
  std::string yaml = read_file(std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/focus-group.yaml");
  size_t at = yaml.find(kClaimLine);
  REQUIRE(at != std::string::npos);
  return yaml.replace(at, std::string(kClaimLine).size(), replacement);
}

// The first line of each problem validate finds (with the real language checker).
std::vector<std::string> problems(const std::string& yaml) {
  Definitions d = load_definitions_from_string(yaml, "plan.yaml");
  ValidateOptions o;
  o.today = Date{2026, 6, 1};
  o.text_checker = definitions_text_checker(load_checker("en-GB", {}));
  std::vector<std::string> out;
  for (const auto& p : validate(d, o)) {
    std::string s = format_diagnostic(p);
    out.push_back(s.substr(0, s.find('\n')));
  }
  return out;
}

// The first diagnostic loading `yaml` throws, or "(loaded)".
std::string load_error(const std::string& yaml) {
  try {
    load_definitions_from_string(yaml, "plan.yaml");
  } catch (const PlainlyError& e) {
    if (e.diagnostics().empty()) return e.what();
    std::string s = format_diagnostic(e.diagnostics()[0]);
    return s.substr(0, s.find('\n'));
  }
  return "(loaded)";
}

// One value of the context for the first role, for the given style.
std::string context_value(const Definitions& d, const std::string& expr, const std::string& style) {
  Formatter f(load_labels("en-GB"));
  ContextRequest req{&d, &d.roles.at(0), nullptr, Date{2026, 6, 1}, "offer", style};
  std::string out = render_template_text(expr, "expr", build_context(req, f), {});
  std::string plain;  // undo the Markdown escaping
  for (size_t i = 0; i < out.size(); ++i) plain += (out[i] == '\\' && i + 1 < out.size()) ? out[++i] : out[i];
  return plain;
}

}  // namespace

TEST_CASE("easy-read wording: a plain string has none, and the examples stay as they were") {
  Definitions d = load_definitions_from_string(focus_group_with(kClaimLine), "plan.yaml");
  CHECK(d.roles[0].expenses.how_to_claim.ok());
  CHECK_FALSE(d.roles[0].expenses.how_to_claim.easy_read.present);
  CHECK_FALSE(d.has_easy_read);
}

TEST_CASE("easy-read wording: {text, easy_read} gives both, each at its place in the file") {
  Definitions d = load_definitions_from_string(
      focus_group_with("      how_to_claim:\n"
                       "        text: Send your tickets or receipts to Priya by email or post\n"
                       "        easy_read: Send your tickets to Priya.\n"),
      "plan.yaml");
  const Text& claim = d.roles[0].expenses.how_to_claim;
  CHECK(claim.ok());
  CHECK(claim.value == "Send your tickets or receipts to Priya by email or post");
  CHECK(claim.easy_read.ok());
  CHECK(claim.easy_read.value == "Send your tickets to Priya.");
  CHECK(claim.pos.line == claim.easy_read.pos.line - 1);
  CHECK(claim.easy_read.pos.column == 20);
  CHECK(d.has_easy_read);
  // Only the text is given: the same as a plain string.
  Definitions only_text = load_definitions_from_string(
      focus_group_with("      how_to_claim: {text: Send your tickets to Priya}\n"), "plan.yaml");
  CHECK(only_text.roles[0].expenses.how_to_claim.value == "Send your tickets to Priya");
  CHECK_FALSE(only_text.roles[0].expenses.how_to_claim.easy_read.present);
}

TEST_CASE("easy-read wording: list items can have it too") {
  std::string yaml = read_file(std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/focus-group.yaml");
  const std::string item = "      - Take part in a two-hour focus group\n";
  size_t at = yaml.find(item);
  REQUIRE(at != std::string::npos);
  yaml.replace(at, item.size(),
               "      - {text: Take part in a two-hour focus group, easy_read: Talk with a group for 2 hours.}\n");
  Definitions d = load_definitions_from_string(yaml, "plan.yaml");
  REQUIRE(d.roles[0].tasks.size() == 2);
  CHECK(d.roles[0].tasks[1].value == "Take part in a two-hour focus group");
  CHECK(d.roles[0].tasks[1].easy_read.value == "Talk with a group for 2 hours.");
  CHECK(context_value(d, "{{#role.tasks}}[{{.}}]{{/role.tasks}}", "easy-read") ==
        "[Read a one-page outline of the questions before the group][Talk with a group for 2 hours.]");
}

TEST_CASE("easy-read wording: mistakes in the long form are reported where they are") {
  CHECK(load_error(focus_group_with("      how_to_claim: {easy_read: Send your tickets to Priya.}\n"))
            .find("error: roles[focus-group-member].expenses.how_to_claim: this has no `text`") != std::string::npos);
  CHECK(load_error(focus_group_with("      how_to_claim: {text: Send them to Priya, easy_reed: Send them.}\n"))
            .find("Did you mean \"easy_read\"?") != std::string::npos);
  // Titles have one wording for everyone: the long form is not allowed there.
  std::string yaml = focus_group_with(kClaimLine);
  size_t at = yaml.find("    title: Focus group member\n");
  REQUIRE(at != std::string::npos);
  yaml.replace(at, 30, "    title: {text: Focus group member, easy_read: Focus group}\n");
  CHECK(load_error(yaml).find("expected a piece of text, found a group of keys") != std::string::npos);
  // A placeholder in the easy-read wording is a placeholder like any other.
  auto p = problems(focus_group_with("      how_to_claim: {text: Send them to Priya, easy_read: TBC}\n"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].find("roles[focus-group-member].expenses.how_to_claim.easy_read: \"TBC\" is a placeholder") !=
        std::string::npos);
}

TEST_CASE("easy-read wording: validate checks it with the easy-read limits, at its place in the YAML") {
  // 18 words: fine in standard text (limit 25), too long for easy read (limit 15).
  const std::string long_sentence =
      "Send your bus tickets and your train tickets to Priya by email or by post after the group.";
  CHECK(problems(focus_group_with("      how_to_claim: " + long_sentence + "\n")).empty());
  auto p = problems(focus_group_with("      how_to_claim:\n        text: Send your tickets to Priya.\n"
                                     "        easy_read: " + long_sentence + "\n"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].find("plan.yaml:84:20: error: roles[focus-group-member].expenses.how_to_claim.easy_read:") == 0);
  CHECK(p[0].find("over 15 words") != std::string::npos);
  // Numbers as words, fine in standard text, are a problem in easy read.
  p = problems(focus_group_with("      how_to_claim: {text: Send them to Priya, easy_read: Send your three tickets to Priya.}\n"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].find("numbers are easier to read as digits") != std::string::npos);
  // Speculative words are errors in either wording.
  p = problems(focus_group_with("      how_to_claim: {text: Send them to Priya, easy_read: This may lead to paid work.}\n"));
  REQUIRE(p.size() == 1);
  CHECK(p[0].find("how_to_claim.easy_read: \"may lead") != std::string::npos);
}

TEST_CASE("easy-read wording: easy-read documents show it, the others show the text") {
  Definitions d = load_definitions_from_string(
      focus_group_with("      how_to_claim: {text: Send your tickets or receipts to Priya, easy_read: Send your tickets to Priya.}\n"),
      "plan.yaml");
  CHECK(context_value(d, "{{role.expenses_how}}", "easy-read") == "Send your tickets to Priya.");
  CHECK(context_value(d, "{{role.expenses_how}}", "standard") == "Send your tickets or receipts to Priya");
  CHECK(context_value(d, "{{role.expenses_how}}", "large-print") == "Send your tickets or receipts to Priya");
  CHECK(context_value(d, "{{role.expenses_how}}", "") == "Send your tickets or receipts to Priya");
}

TEST_CASE("easy-read wording: make keeps the easy-read and standard contexts apart") {
  Definitions d = load_definitions_from_string(
      focus_group_with("      how_to_claim: {text: Send your tickets or receipts to Priya, easy_read: Send your tickets to Priya.}\n"),
      "plan.yaml");
  MakeOptions o;
  o.today = Date{2026, 6, 1};
  o.docs = {"offer"};
  o.styles = {"standard", "easy-read"};
  MakeShared shared(d, o);
  std::vector<PlannedDocument> plan = plan_documents(d, o);
  int checked = 0;
  for (const auto& doc : plan) {
    if (doc.person) continue;
    std::string md = render_document(d, doc, o, shared);
    bool easy = md.find("Send your tickets to Priya") != std::string::npos;
    CHECK(easy == (doc.style == "easy-read"));
    ++checked;
  }
  CHECK(checked == 2);
}
