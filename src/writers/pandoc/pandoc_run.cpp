// Build Pandoc's argument list and run it (no shell) through the process runner.
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "core/fs.hpp"
#include "core/process.hpp"
#include "writers/pandoc/pandoc.hpp"

namespace fs = std::filesystem;

namespace plainly {

namespace {

/// Pandoc's name for the format's files, for messages ("DOCX file").
std::string format_label(const std::string& to) {
  if (to == "plain") return "plain text";
  std::string up = to;
  std::transform(up.begin(), up.end(), up.begin(), [](unsigned char c) { return std::toupper(c); });
  return up + " file";
}

/// A file from templates/pandoc/, or a PlainlyError naming what is missing.
std::string pandoc_data_file(const std::string& data_root, const std::string& relative) {
  fs::path p = fs::path(data_root) / "templates" / "pandoc" / relative;
  std::error_code ec;
  if (!fs::is_regular_file(p, ec))
    fail_input("plainly's Pandoc file '" + p.string() +
               "' is missing. Reinstall plainly, or run scripts/make-reference-docs.py.");
  return fs::absolute(p).string();
}

void check_style(const std::string& style) {
  if (style != "standard" && style != "large-print" && style != "easy-read")
    fail_input("unknown style '" + style + "'. Use standard, large-print or easy-read.");
}

/// The labels file for the language (Yes, No), falling back to en-GB.
std::string labels_file(const std::string& root, const std::string& language) {
  std::error_code ec;
  fs::path own = fs::path(root) / "templates" / "pandoc" / "labels" / (language + ".yaml");
  if (fs::is_regular_file(own, ec)) return fs::absolute(own).string();
  return pandoc_data_file(root, "labels/en-GB.yaml");
}

std::string resource_path(const PandocJob& job, const std::string& root) {
  std::vector<std::string> dirs = job.resource_paths;
  dirs.push_back(".");
  dirs.push_back((fs::path(root) / "templates" / "pictures").string());
  dirs.push_back(root);
  std::string out;
  for (const auto& d : dirs) {
    if (d.empty()) continue;
    if (!out.empty()) out += ':';
    out += d;
  }
  return out;
}

/// Removes a temporary folder and its files when it goes out of scope.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "plainly-pandoc-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr)
      fail_input("could not make a temporary folder for Pandoc in " + fs::temp_directory_path().string() + ".");
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string trimmed(std::string s, size_t max_chars) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  if (s.size() > max_chars) s = s.substr(0, max_chars) + "\n[...]";
  return s;
}

[[noreturn]] void fail_missing(const std::string& program, const std::string& what) {
  std::string msg = "plainly needs Pandoc to write " + what + ", and could not find it";
  if (const char* env = std::getenv("PLAINLY_PANDOC"); env && *env)
    msg += ": PLAINLY_PANDOC is set to '" + program + "', and there is no program there";
  msg += ".\nInstall it with: sudo apt-get install pandoc\n"
         "The formats pdf, txt and md do not need Pandoc.";
  throw PlainlyError(ExitCode::MissingTool, msg);
}

/// Atkinson Hyperlegible Next (regular and bold) from fonts/, or none if either is missing.
std::vector<std::string> font_files(const std::string& root) {
  std::vector<std::string> out;
  for (const char* face : {"AtkinsonHyperlegibleNext-Regular.ttf", "AtkinsonHyperlegibleNext-Bold.ttf"}) {
    std::error_code ec;
    fs::path font = fs::path(root) / "fonts" / face;
    if (!fs::is_regular_file(font, ec)) return {};
    out.push_back(fs::absolute(font).string());
  }
  return out;
}

}  // namespace

std::string pandoc_program() {
  if (const char* env = std::getenv("PLAINLY_PANDOC"); env && *env) return env;
  return "pandoc";
}

std::vector<std::string> pandoc_arguments(const PandocJob& job, const std::string& output_path) {
  check_style(job.style);
  const std::string root = job.data_dir.empty() ? data_dir() : job.data_dir;
  std::vector<std::string> a = {
      "--from=gfm-raw_html-emoji-yaml_metadata_block-autolink_bare_uris", "--to=" + job.to, "--standalone",
      "--fail-if-warnings", "--wrap=none", "--output=" + output_path,
      "--metadata=lang:" + job.language, "--metadata=plainly-style:" + job.style,
      "--metadata-file=" + labels_file(root, job.language),
      "--lua-filter=" + pandoc_data_file(root, "plainly.lua"),
      "--resource-path=" + resource_path(job, root)};
  if (!job.title.empty()) a.push_back((job.to == "html" ? "--metadata=pagetitle:" : "--metadata=title:") + job.title);
  if (job.to == "docx" || job.to == "odt")
    a.push_back("--reference-doc=" + pandoc_data_file(root, job.style + "/reference." + job.to));
  if (job.to == "html" || job.to == "epub") {
    a.push_back("--css=" + pandoc_data_file(root, "css/base.css"));
    a.push_back("--css=" + pandoc_data_file(root, "css/" + job.style + ".css"));
    if (job.font_size_pt > 0)
      a.push_back("--metadata=plainly-font-size:" +
                  std::to_string(std::max(job.font_size_pt, style_min_font_pt(job.style))) + "pt");
  }
  const auto fonts = font_files(root);
  if (job.to == "epub" && !fonts.empty()) {
    a.push_back("--css=" + pandoc_data_file(root, "css/epub.css"));
    for (const auto& font : fonts) a.push_back("--epub-embed-font=" + font);
  }
  if (job.to == "html") {
    if (!fonts.empty()) a.push_back("--css=" + pandoc_data_file(root, "css/html-fonts.css"));
    a.push_back("--template=" + pandoc_data_file(root, "html/template.html"));
    a.push_back("--self-contained");
  }
  return a;
}

std::string run_pandoc(const PandocJob& job) {
  const std::string program = pandoc_program();
  const std::string what = format_label(job.to) + "s";
  std::string resolved = find_program(program);
  if (resolved.empty()) fail_missing(program, what);
  TempDir tmp;
  const std::string out = (tmp.path / ("out." + job.to)).string();
  ProcessRequest req;
  req.argv = {resolved};
  auto args = pandoc_arguments(job, out);
  req.argv.insert(req.argv.end(), args.begin(), args.end());
  req.stdin_data = job.markdown;
  req.timeout_ms = job.timeout_ms;
  ProcessResult res = process_runner().run(req);
  if (!res.started) {
    if (res.start_errno == ENOENT || res.start_errno == EACCES) fail_missing(program, what);
    fail_input("plainly could not start Pandoc (" + std::error_code(res.start_errno, std::generic_category()).message() + ").");
  }
  if (res.timed_out)
    fail_input("Pandoc took longer than " + std::to_string(job.timeout_ms / 1000) +
               " seconds to write the " + format_label(job.to) + ", so we stopped it.");
  if (!res.ok()) {
    std::string reason = res.signal ? "it was stopped by signal " + std::to_string(res.signal)
                                    : pandoc_exit_reason(res.exit_code) + " (exit code " +
                                          std::to_string(res.exit_code) + ")";
    std::string said = trimmed(res.stderr_data, 4000);
    fail_input("Pandoc could not write the " + format_label(job.to) + ": " + reason + "." +
               (said.empty() ? std::string() : "\nPandoc said:\n" + said));
  }
  if (!file_exists(out))
    fail_input("Pandoc finished but wrote no " + format_label(job.to) + ".");
  return read_file(out);
}

std::string pandoc_exit_reason(int code) {
  switch (code) {
    case 1: return "it could not read or write a file";
    case 3: return "it warned about the document, for example a picture it could not find";
    case 5: return "plainly's HTML template has a mistake";
    case 6: return "it did not accept an option; it may be older than Pandoc 2.17";
    case 21: return "it cannot read this kind of file";
    case 22: return "it cannot write this format; it may be too old";
    case 23: return "it does not know one of the Markdown options we use; it may be too old";
    case 64: case 65: return "it could not understand its input";
    case 83: case 84: return "plainly's Pandoc filter (plainly.lua) failed";
    case 92: return "the input is not valid UTF-8";
    case 97: case 98: return "it could not find one of its data files";
    case 99: return "it could not find a file the document needs, such as a picture";
    default: return "it stopped with an error";
  }
}

}  // namespace plainly
