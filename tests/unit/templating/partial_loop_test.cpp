// A partial that includes itself, directly or through others, is an error at the tag that
// closes the loop; before this, rendering it ran out of stack and crashed.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "templating/render.hpp"
#include "../temp_paths.hpp"

using namespace plainly;

namespace {

std::string folder(const std::string& name) { return test::fresh_temp_dir("partial-loop-" + name).string(); }

void write(const std::string& path, const std::string& text) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path) << text;
}

// The first line of the first diagnostic rendering `text` throws, or "(rendered)".
std::string error_of(const std::string& text, const std::string& dir) {
  try {
    render_template_text(text, "t.md.mustache", TemplateData{}, TemplateSource{{dir}});
  } catch (const PlainlyError& e) {
    if (e.diagnostics().empty()) return e.what();
    std::string s = format_diagnostic(e.diagnostics()[0]);
    return s.substr(0, s.find('\n'));
  }
  return "(rendered)";
}

}  // namespace

TEST_CASE("partials: one that includes itself is an error where it does") {
  std::string dir = folder("self");
  write(dir + "/partials/loop.md.mustache", "Again\n{{> loop}}\n");
  CHECK(error_of("# T\n\n{{> loop}}\n", dir) ==
        dir + "/partials/loop.md.mustache:2:1: error: the partial 'loop' includes itself (loop > loop), "
              "so it would never end. Remove this {{> loop}}.");
}

TEST_CASE("partials: a loop through other partials is named in full") {
  std::string dir = folder("through");
  write(dir + "/partials/a.md.mustache", "A {{> b}}\n");
  write(dir + "/partials/b.md.mustache", "B {{#x}}{{> a}}{{/x}}\n");
  CHECK(error_of("# T\n\n{{> a}}\n", dir) ==
        dir + "/partials/b.md.mustache:1:9: error: the partial 'a' includes itself (a > b > a), "
              "so it would never end. Remove this {{> a}}.");
}

TEST_CASE("partials: the same partial used twice, or nested without a loop, is fine") {
  std::string dir = folder("fine");
  write(dir + "/partials/a.md.mustache", "A{{> b}}");
  write(dir + "/partials/b.md.mustache", "B");
  CHECK(render_template_text("{{> a}} {{> b}} {{> a}}", "t", TemplateData{}, TemplateSource{{dir}}) == "AB B AB");
}

TEST_CASE("partials: a space after {{ still names a partial, so a missing one is reported") {
  std::string dir = folder("space");
  write(dir + "/partials/a.md.mustache", "A");
  CHECK(render_template_text("{{ > a}}", "t", TemplateData{}, TemplateSource{{dir}}) == "A");
  CHECK(error_of("# T\n\n{{ > nothing-here}}\n", dir).find("there is no partial called 'nothing-here'") !=
        std::string::npos);
}
