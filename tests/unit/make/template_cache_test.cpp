// Templates read and checked once per run (TemplateCache): the same Markdown as reading
// them for every document, and a broken template still reported every time.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "templating/render.hpp"
#include "../temp_paths.hpp"

using namespace plainly;

namespace {

std::string fresh_dir(const std::string& name) {
  auto dir = test::fresh_temp_dir("template-cache-" + name);
  std::filesystem::create_directories(dir / "offer");
  std::filesystem::create_directories(dir / "partials");
  return dir.string();
}

void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

}  // namespace

TEST_CASE("template cache: the same Markdown as an uncached render, read once per cache") {
  std::string dir = fresh_dir("same");
  // Document templates may use only the context's field names (templating/fields.hpp).
  write(dir + "/offer/standard.md.mustache",
        "# {{project.title}}\n\n{{#project.goals}}\n- {{.}}\n{{/project.goals}}\n\n{{> who}}\n");
  write(dir + "/partials/who.md.mustache", "Ask {{contact.name}}.\n");
  TemplateData data, project, contact, items{TemplateData::type::list};
  project.set("title", "Offer *of* work");
  contact.set("name", "Sam");
  items.push_back(TemplateData("one"));
  items.push_back(TemplateData("two"));
  project.set("goals", items);
  data.set("project", project);
  data.set("contact", contact);
  TemplateCache cache;
  TemplateSource plain{{dir}}, cached{{dir}, &cache};
  std::string expected = render_template("offer", "standard", data, plain);
  CHECK(render_template("offer", "standard", data, cached) == expected);
  CHECK(render_template("offer", "standard", data, cached) == expected);
  // Once read, a run keeps using what it read (a change shows in the next run).
  write(dir + "/partials/who.md.mustache", "Changed.\n");
  CHECK(render_template("offer", "standard", data, cached) == expected);
  TemplateCache next_run;
  CHECK(render_template("offer", "standard", data, TemplateSource{{dir}, &next_run}).find("Changed.") !=
        std::string::npos);
}

TEST_CASE("template cache: a broken template is reported each time, with its place") {
  std::string dir = fresh_dir("broken");
  write(dir + "/offer/standard.md.mustache", "# Title\n{{#open}}\n");
  TemplateCache cache;
  TemplateSource cached{{dir}, &cache};
  for (int i = 0; i < 2; ++i) {
    try {
      render_template("offer", "standard", TemplateData{}, cached);
      FAIL("expected an error");
    } catch (const PlainlyError& e) {
      CHECK(e.code() == ExitCode::BadInput);
    }
  }
}
