// The DOCX, HTML, ODT and EPUB writers, and Pandoc as a reader of those files for `check`.
#include <algorithm>
#include <filesystem>

#include "core/error.hpp"
#include "core/fs.hpp"
#include "core/process.hpp"
#include "writers/pandoc/pandoc.hpp"

namespace fs = std::filesystem;

namespace plainly {

namespace {

std::string write_through_pandoc(const std::string& to, const Node& doc, const WriterOptions& o) {
  PandocJob job;
  job.to = to;
  job.markdown = write_markdown(doc, o);
  job.style = o.style;
  job.language = !o.language.empty() ? o.language : (!doc.alt.empty() ? doc.alt : "en-GB");
  job.title = !o.title.empty() ? o.title : doc.text;
  job.font_size_pt = o.font_size_pt;
  job.data_dir = o.data_dir;
  job.resource_paths = o.picture_dirs;
  return run_pandoc(job);
}

std::string lower_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

std::string reader_for(const std::string& ext) {
  if (ext == ".docx") return "docx";
  if (ext == ".odt") return "odt";
  if (ext == ".epub") return "epub";
  if (ext == ".html" || ext == ".htm") return "html";
  return "";
}

}  // namespace

std::string write_docx(const Node& doc, const WriterOptions& o) { return write_through_pandoc("docx", doc, o); }
std::string write_html(const Node& doc, const WriterOptions& o) { return write_through_pandoc("html", doc, o); }
std::string write_odt(const Node& doc, const WriterOptions& o) { return write_through_pandoc("odt", doc, o); }
std::string write_epub(const Node& doc, const WriterOptions& o) { return write_through_pandoc("epub", doc, o); }

bool pandoc_reads_extension(const std::string& extension) {
  std::string ext = extension;
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return !reader_for(ext).empty();
}

std::string pandoc_to_plain_text(const std::string& path) {
  const std::string from = reader_for(lower_extension(path));
  if (from.empty())
    fail_input(path + ": plainly reads .docx, .html, .odt and .epub files through Pandoc, not '" +
               lower_extension(path) + "' files.");
  if (!file_exists(path)) fail_input(path + ": there is no such file.");
  const std::string program = pandoc_program();
  std::string resolved = find_program(program);
  if (resolved.empty())
    throw PlainlyError(ExitCode::MissingTool,
                       "plainly needs Pandoc to read " + path + ", and could not find it.\n"
                       "Install it with: sudo apt-get install pandoc");
  ProcessRequest req;
  std::string input = path.rfind('-', 0) == 0 ? "./" + path : path;
  req.argv = {resolved, "--from=" + from, "--to=plain", "--standalone", "--wrap=none", input};
  ProcessResult res = process_runner().run(req);
  if (!res.started)
    throw PlainlyError(ExitCode::MissingTool, "plainly could not start Pandoc to read " + path +
                                                  ".\nInstall it with: sudo apt-get install pandoc");
  if (!res.ok()) {
    std::string said = res.stderr_data;
    while (!said.empty() && said.back() == '\n') said.pop_back();
    fail_input(path + ": Pandoc could not read it: " +
               (res.timed_out ? std::string("it took too long") : pandoc_exit_reason(res.exit_code)) +
               "." + (said.empty() ? std::string() : "\nPandoc said:\n" + said));
  }
  return res.stdout_data;
}

}  // namespace plainly
