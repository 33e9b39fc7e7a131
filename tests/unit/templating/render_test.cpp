#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "markdown/parser.hpp"
#include "templating/render.hpp"
#include "../temp_paths.hpp"

using namespace plainly;

namespace {

std::string render(const std::string& text, const TemplateData& data, const TemplateSource& src = {}) {
  return render_template_text(text, "test.md.mustache", data, src);
}

// The first diagnostic of the PlainlyError that `fn` throws, formatted.
template <class Fn>
std::string error_of(Fn fn) {
  try {
    fn();
  } catch (const PlainlyError& e) {
    if (e.diagnostics().empty()) return e.what();
    return format_diagnostic(e.diagnostics()[0]);
  }
  return "(no error)";
}

std::string temp_dir(const std::string& name) {
  return test::fresh_temp_dir("render-test-" + name).string();
}

void write(const std::string& path, const std::string& text) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path) << text;
}

}  // namespace

TEST_CASE("escape_markdown: a backslash before each ASCII punctuation character") {
  CHECK(escape_markdown("Sam *Taylor*") == "Sam \\*Taylor\\*");
  CHECK(escape_markdown("# Not a heading") == "\\# Not a heading");
  CHECK(escape_markdown("{{x}} <b>") == "\\{\\{x\\}\\} \\<b\\>");
  CHECK(escape_markdown("line one\nline two\r\nthree\tfour") == "line one line two three four");
  CHECK(escape_markdown("Zoë £25") == "Zoë £25");
}

TEST_CASE("user text is data: it comes out literally after Markdown parsing") {
  TemplateData data;
  data.set("name", "Sam *Taylor* {{x}} <b>");
  data.set("task", "# not a heading");
  data.set("item", "1. not a list");
  std::string md = render("# Offer\n\nDear {{name}},\n\n{{task}}\n\n{{item}}\n", data);
  Node doc = parse_markdown(md, "test");
  REQUIRE(doc.children.size() == 4);
  CHECK(plain_text(doc.children[1]) == "Dear Sam *Taylor* {{x}} <b>,");
  CHECK(doc.children[2].kind == NodeKind::Paragraph);
  CHECK(plain_text(doc.children[2]) == "# not a heading");
  CHECK(doc.children[3].kind == NodeKind::Paragraph);
  CHECK(plain_text(doc.children[3]) == "1. not a list");
}

TEST_CASE("a section that is not shown leaves no empty line (easy-read rows stay whole)") {
  TemplateData data;
  data.set("no", false);
  data.set("yes", true);
  std::string md = render("A\n{{#no}}\nX\n{{/no}}\n{{#yes}}\nY\n{{/yes}}\nB\n\nC\n{{^yes}}\nZ\n{{/yes}}\n", data);
  CHECK(md == "A\nY\nB\n\nC\n");
}

TEST_CASE("a broken template gets file:line:col and plain words") {
  TemplateData data;
  std::string e = error_of([&] { render("# Title\n\n{{#role}}\nText\n", data); });
  CHECK(e.find("test.md.mustache:3:1: error: the section 'role' is opened here but never closed. "
               "Add {{/role}} where it ends.") == 0);
  e = error_of([&] { render("# Title\nok {{/role}}\n", data); });
  CHECK(e.find("test.md.mustache:2:4: error: the section 'role' is closed here but was never opened.") == 0);
  e = error_of([&] { render("# Title\n\nHello {{name\n", data); });
  CHECK(e.find("test.md.mustache:3:7: error: this tag is never closed. End it with }}.") == 0);
}

TEST_CASE("a missing partial is named, at the line that includes it") {
  TemplateData data;
  std::string e = error_of([&] { render("# Title\n\n{{> no-such-partial}}\n", data); });
  CHECK(e.find("test.md.mustache:3:1: error: there is no partial called 'no-such-partial'") == 0);
}

TEST_CASE("--templates DIR overrides a built-in template and partial") {
  std::string dir = temp_dir("override");
  write(dir + "/offer/standard.md.mustache", "# Mine\n\n{{> contact-details}}\n");
  write(dir + "/partials/contact-details.md.mustache", "Ask {{contact.name}}.\n");
  TemplateData data, contact;
  contact.set("name", "Priya");
  data.set("contact", contact);
  TemplateSource src{{dir}};
  CHECK(find_template("offer", "standard", src) == dir + "/offer/standard.md.mustache");
  CHECK(render_template("offer", "standard", data, src) == "# Mine\n\nAsk Priya.\n\n");
  // Templates the user did not override still come from the built-in set.
  CHECK(find_template("advert", "standard", src).find("templates/advert/standard.md.mustache") !=
        std::string::npos);
}

TEST_CASE("a broken partial in a user folder is reported in that file") {
  std::string dir = temp_dir("broken-partial");
  write(dir + "/partials/contact-details.md.mustache", "Line one\n{{#contact}}\n");
  TemplateData data;
  std::string e = error_of([&] { render("# T\n\n{{> contact-details}}\n", data, TemplateSource{{dir}}); });
  CHECK(e.find(dir + "/partials/contact-details.md.mustache:2:1: error: the section 'contact'") == 0);
}

TEST_CASE("every built-in template parses") {
  for (const char* kind : {"advert", "offer", "consent", "consent-review"})
    for (const char* style : {"standard", "large-print", "easy-read"}) {
      CAPTURE(kind);
      CAPTURE(style);
      CHECK_FALSE(find_template(kind, style, {}).empty());
    }
}
