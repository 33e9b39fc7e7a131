// A template may name only fields the context can hold: a typo such as {{role.pay_rat}}
// is an error at its line and column, never a silently empty pay.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "core/error.hpp"
#include "core/fs.hpp"
#include "templating/fields.hpp"
#include "templating/render.hpp"
#include "../temp_paths.hpp"

using namespace plainly;

namespace {

std::vector<std::string> problems(const std::string& text,
                                  const std::map<std::string, TemplateFile>& partials = {}) {
  std::vector<std::string> out;
  for (const auto& d : unknown_template_names({text, "t.md.mustache"}, partials)) {
    std::string s = format_diagnostic(d);
    out.push_back(s.substr(0, s.find('\n')));
  }
  return out;
}

// True when `name` is a key at some level of the field tree.
bool known_anywhere(const FieldNode& node, const std::string& name) {
  for (const auto& [key, child] : node.fields)
    if (key == name || known_anywhere(child, name)) return true;
  return false;
}

}  // namespace

TEST_CASE("fields: a typo in a name is an error with its place and the likely name") {
  auto p = problems("# Offer\n\nWe pay {{role.pay_rat}} an hour.\n");
  REQUIRE(p.size() == 1);
  CHECK(p[0] == "t.md.mustache:3:8: error: there is no field called 'role.pay_rat'. "
                "Did you mean 'role.rate'?");
  // A close spelling of another field is not offered when it is a different word.
  CHECK(problems("{{role.pay_rat}}")[0].find("role.pay_how") == std::string::npos);
  p = problems("{{#role.paid}}\nWe pay {{role.rte}}.\n{{/role.paid}}\n{{contact.nmae}}\n");
  REQUIRE(p.size() == 2);
  CHECK(p[0].find("t.md.mustache:2:8: error: there is no field called 'role.rte'. Did you mean 'role.rate'?") == 0);
  CHECK(p[1].find("t.md.mustache:4:1: error: there is no field called 'contact.nmae'. Did you mean 'contact.name'?") == 0);
}

TEST_CASE("fields: every kind of tag is checked, and a name far from any field gets no guess") {
  CHECK(problems("{{{role.ratte}}}").size() == 1);
  CHECK(problems("{{& role.ratte}}").size() == 1);
  CHECK(problems("{{#role.paidd}}x{{/role.paidd}}").size() == 1);
  CHECK(problems("{{^role.paidd}}x{{/role.paidd}}").size() == 1);
  CHECK(problems("{{! role.ratte is a comment }}").empty());
  auto p = problems("{{banana_split}}");
  REQUIRE(p.size() == 1);
  CHECK(p[0].find("Did you mean") == std::string::npos);
}

TEST_CASE("fields: names inside a section resolve against its item, then outward") {
  CHECK(problems("{{#role.sessions}}{{date}} {{start}} {{role.title}} {{contact.name}}{{/role.sessions}}").empty());
  CHECK(problems("{{#consent}}{{#uses}}{{item_what}} {{who_sees}} {{withdraw_how}} {{today}}{{/uses}}{{/consent}}").empty());
  CHECK(problems("{{#role}}{{title}} {{rate}}{{/role}}").empty());
  CHECK(problems("{{#role.tasks}}- {{.}}{{/role.tasks}}").empty());
  CHECK(problems("{{#role.pattern}}{{day}} {{last}}{{#except}}{{.}}{{/except}}{{/role.pattern}}").empty());
  // An item's field is not a field outside its section...
  auto p = problems("{{date}}\n{{#role.sessions}}{{dat}}{{/role.sessions}}");
  REQUIRE(p.size() == 2);
  CHECK(p[0].find("t.md.mustache:1:1: error: there is no field called 'date'.") == 0);
  CHECK(p[1].find("there is no field called 'dat'. Did you mean 'date'?") != std::string::npos);
  // ...nor inside an inverted section, which shows nothing of the value it names.
  CHECK(problems("{{^role.sessions}}{{date}}{{/role.sessions}}").size() == 1);
}

TEST_CASE("fields: an optional field absent for this project is not an error") {
  // The check is about names, not values: role.remote_how is known even for an
  // in-person role that has none.
  CHECK(problems("{{#role.remote_how}}Join: {{role.remote_how}}{{/role.remote_how}}").empty());
}

TEST_CASE("fields: a section with a typo is reported once, not its contents") {
  auto p = problems("{{#role.sesions}}{{date}} {{start}}{{/role.sesions}}");
  REQUIRE(p.size() == 1);
  CHECK(p[0].find("Did you mean 'role.sessions'?") != std::string::npos);
}

TEST_CASE("fields: a typo in a partial is reported in the partial's file, once") {
  std::map<std::string, TemplateFile> partials{
      {"pay", {"Rate:\n  {{role.rat}}\n", "partials/pay.md.mustache"}}};
  auto p = problems("{{> pay}}\n{{#role.paid}}{{> pay}}{{/role.paid}}\n", partials);
  REQUIRE(p.size() == 1);
  CHECK(p[0] == "partials/pay.md.mustache:2:3: error: there is no field called 'role.rat'. "
                "Did you mean 'role.rate'?");
  // Partials see the names of the section they are included in.
  partials["when"] = {"{{date}}", "partials/when.md.mustache"};
  CHECK(problems("{{#role.sessions}}{{> when}}{{/role.sessions}}", partials).empty());
}

TEST_CASE("fields: other delimiters are read as kainjow reads them") {
  CHECK(problems("{{=<% %>=}}<% role.rate %> {{not a tag}}").empty());
  CHECK(problems("{{=<% %>=}}<% role.rat %>").size() == 1);
}

TEST_CASE("fields: every built-in template and partial uses only known fields") {
  for (const char* kind : {"advert", "offer", "consent", "consent-review"})
    for (const char* style : {"standard", "large-print", "easy-read"}) {
      CAPTURE(kind);
      CAPTURE(style);
      TemplateCache cache;
      std::string path = find_template(kind, style, {});
      REQUIRE_FALSE(path.empty());
      try {
        cache.get(path, {});
      } catch (const PlainlyError& e) {
        for (const auto& d : e.diagnostics()) CAPTURE(format_diagnostic(d));
        FAIL("a built-in template names a field the context cannot hold");
      }
    }
}

TEST_CASE("fields: every key context.cpp and role_context.cpp set is listed in context_fields") {
  // A key added to the context but not to the list would make templates that use it fail.
  std::set<std::string> keys;
  static const std::regex first_arg(R"re((?:\.set|put|flag)\(\s*(?:[a-z]+,\s*)?"([a-z_]+)")re");
  static const std::regex choice(R"re(\?\s*"([a-z_]+)"\s*:\s*"([a-z_]+)")re");
  for (const char* file : {"context.cpp", "role_context.cpp"}) {
    std::string code = read_file(std::string(PLAINLY_SOURCE_DATA_DIR) + "/src/templating/" + file);
    for (std::sregex_iterator it(code.begin(), code.end(), first_arg), end; it != end; ++it)
      keys.insert((*it)[1].str());
    for (std::sregex_iterator it(code.begin(), code.end(), choice), end; it != end; ++it) {
      keys.insert((*it)[1].str());
      keys.insert((*it)[2].str());
    }
  }
  CHECK(keys.size() > 80);
  for (const auto& key : keys) {
    CAPTURE(key);
    CHECK(known_anywhere(context_fields(), key));
  }
}

TEST_CASE("fields: a user template with a typo stops render_template, every typo listed") {
  auto dir = test::fresh_temp_dir("fields-user-template");
  std::filesystem::create_directories(dir / "offer");
  std::ofstream(dir / "offer" / "standard.md.mustache")
      << "# Offer\n\nWe pay {{role.pay_rat}}.\n\n{{#role.sessions}}\n- {{dat}}\n{{/role.sessions}}\n";
  TemplateSource source{{dir.string()}};
  try {
    render_template("offer", "standard", TemplateData{}, source);
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    REQUIRE(e.diagnostics().size() == 2);
    CHECK(e.diagnostics()[0].pos.line == 3);
    CHECK(e.diagnostics()[1].pos.line == 6);
  }
  // Rendering text directly (tests, any data) does not check names.
  TemplateData data;
  data.set("anything", "ok");
  CHECK(render_template_text("{{anything}}", "x", data, {}) == "ok");
}
