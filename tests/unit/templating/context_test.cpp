#include <doctest/doctest.h>

#include "definitions/load.hpp"
#include "templating/context.hpp"
#include "templating/render.hpp"

using namespace plainly;

namespace {

std::string example(const std::string& name) {
  return std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/" + name + ".yaml";
}

// Render one expression against the context of the first role of an example.
std::string value(const Definitions& defs, const std::string& expr, const Person* person = nullptr) {
  Formatter f(load_labels("en-GB"));
  ContextRequest req{&defs, &defs.roles.at(0), person, Date{2026, 6, 1}};
  std::string out = render_template_text(expr, "expr", build_context(req, f), {});
  // Values are escaped for Markdown; undo that to compare with plain text.
  std::string plain;
  for (size_t i = 0; i < out.size(); ++i)
    if (!(out[i] == '\\' && i + 1 < out.size())) plain += out[i];
    else plain += out[++i];
  return plain;
}

}  // namespace

TEST_CASE("context: money, dates, times and lengths are formatted for en-GB") {
  Definitions d = load_definitions(example("focus-group"));
  CHECK(value(d, "{{role.rate}}") == "£25");
  CHECK(value(d, "{{role.pay_total}}") == "£62.50");
  CHECK(value(d, "{{#role.sessions}}{{date}}, {{start}} to {{end}} ({{length}}){{/role.sessions}}") ==
        "Tuesday 2 March 2027, 10am to 12pm (2 hours)");
  CHECK(value(d, "{{role.total_time}}; {{role.preparation_time}}") == "2 hours; 30 minutes");
  CHECK(value(d, "{{role.pay_within}}") == "14 days");
  CHECK(value(d, "{{role.apply_by}} / {{role.reply_by}}") ==
        "Tuesday 9 February 2027 / Tuesday 16 February 2027");
  CHECK(value(d, "{{today}}") == "Monday 1 June 2026");
}

TEST_CASE("context: flags and lists for optional parts") {
  Definitions d = load_definitions(example("focus-group"));
  CHECK(value(d, "{{#role.either}}either{{/role.either}}{{#role.in_person}}in person{{/role.in_person}}") ==
        "either");
  CHECK(value(d, "{{#role.paid}}paid{{/role.paid}}{{#role.per_hour}} per hour{{/role.per_hour}}") ==
        "paid per hour");
  CHECK(value(d, "{{#role.one_session}}one{{/role.one_session}}{{#role.many_sessions}}many{{/role.many_sessions}}") ==
        "one");
  CHECK(value(d, "{{#role.has_tasks}}{{#role.tasks}}[{{.}}]{{/role.tasks}}{{/role.has_tasks}}").find("[") == 0);
  CHECK(value(d, "{{#personal}}yes{{/personal}}{{^personal}}no{{/personal}}") == "no");
  CHECK(value(d, "{{#project.formats.large_print}}large print{{/project.formats.large_print}}") ==
        "large print");
}

TEST_CASE("context: consent dates written as ISO dates come out in full") {
  Definitions d = load_definitions(example("focus-group"));
  std::string kept = value(d, "{{#consent}}{{#uses}}{{kept_until}}|{{/uses}}{{/consent}}");
  CHECK(kept.find("Friday 31 March 2028") != std::string::npos);
  CHECK(kept.find("2028-03-31") == std::string::npos);
}

TEST_CASE("context: a weekly pattern gives its day, times, last date and count") {
  Definitions d = load_definitions(example("peer-support"));
  std::string s = value(d, "{{#role.pattern}}{{#weekly}}every {{day}}{{/weekly}}, {{start}} to {{end}}, "
                           "{{from}} to {{last}}, {{session_count}}{{/role.pattern}}");
  CHECK(s == "every Tuesday, 1:30pm to 4:30pm, Tuesday 6 April 2027 to Tuesday 28 March 2028, 51 sessions");
}

TEST_CASE("context: a person's documents carry their name") {
  Definitions d = load_definitions(example("training-co-design"));
  REQUIRE_FALSE(d.people.empty());
  CHECK(value(d, "{{#personal}}{{person.name}}{{/personal}}", &d.people[0]) == d.people[0].name.value);
}

TEST_CASE("context: self-employed and payroll become the templates' sentences; other tax wording is shown as written") {
  const std::string expr =
      "{{#role.tax_self_employed}}S{{/role.tax_self_employed}}{{#role.tax_payroll}}P{{/role.tax_payroll}}"
      "{{#role.tax_other}}[{{role.tax_other}}]{{/role.tax_other}}";
  Definitions d = load_definitions(example("focus-group"));
  CHECK(value(d, expr) == "S");
  d.roles.at(0).tax_status.value = "payroll";
  CHECK(value(d, expr) == "P");
  d.roles.at(0).tax_status.value = "Vouchers count as income.";
  CHECK(value(d, expr) == "[Vouchers count as income.]");
}
