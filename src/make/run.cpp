#include "make/run.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include "core/error.hpp"
#include "pictures/pictures.hpp"

namespace plainly {

namespace {

// Run `task(i)` for every i in [0, count) on `jobs` threads. Each thread takes the next
// index as it finishes one, so slow documents do not hold up the others.
template <typename Task>
void for_each_index(std::size_t count, int jobs, Task task) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) task(i);
  };
  std::size_t threads = std::min<std::size_t>(static_cast<std::size_t>(std::max(jobs, 1)), count);
  if (threads <= 1) {
    worker();
    return;
  }
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (auto& t : pool) t.join();
}

// How a message names a document: "Sam O'Neill's offer (large print, out/...)".
std::string who(const PlannedDocument& doc) {
  std::string what = doc.kind + " (" + doc.style + ")";
  if (doc.person) return doc.person->name.value + "'s " + what;
  return "the " + doc.role->id.value + " " + what;
}

// How much rendered Markdown phase one keeps for phase two, in bytes. Within it, each
// document is rendered once; beyond it (tens of thousands of documents), the rest are
// rendered again when they are made, so memory stays bounded.
constexpr std::size_t kKeptMarkdownBudget = 32u << 20;

// Phase one: every document must render before anything is written. Models are dropped
// at once, so memory stays flat; the Markdown is kept (while the budget lasts) so phase
// two need not render it again. The first problem in plan order is thrown.
std::vector<std::string> check_all_render(const Definitions& defs, const std::vector<PlannedDocument>& plan,
                                          const MakeOptions& o, MakeShared& shared, int jobs) {
  std::vector<std::string> kept(plan.size());
  std::vector<std::exception_ptr> errors(plan.size());
  std::atomic<bool> failed{false};
  std::atomic<std::size_t> kept_bytes{0};
  for_each_index(plan.size(), jobs, [&](std::size_t i) {
    if (failed) return;
    try {
      std::string markdown = render_document(defs, plan[i], o, shared);
      document_from_markdown(markdown, defs, plan[i], o, shared);
      if (kept_bytes.fetch_add(markdown.size()) + markdown.size() <= kKeptMarkdownBudget)
        kept[i] = std::move(markdown);
    } catch (...) {
      errors[i] = std::current_exception();
      failed = true;
    }
  });
  for (auto& e : errors)
    if (e) std::rethrow_exception(e);
  return kept;
}

}  // namespace

int default_jobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

std::size_t count_pdf_pages(const std::string& pdf) {
  static const std::string kPage = "/Type /Page";
  std::size_t pages = 0;
  for (std::size_t at = pdf.find(kPage); at != std::string::npos; at = pdf.find(kPage, at + 1)) {
    std::size_t end = at + kPage.size();
    if (end < pdf.size() && pdf[end] != 's') ++pages;
  }
  return pages;
}

RunSummary run_make(const Definitions& defs, const MakeOptions& o, const RunOptions& run) {
  std::vector<std::string> formats = o.formats.empty() ? default_formats() : o.formats;
  check_formats(formats);
  std::vector<PlannedDocument> plan = plan_documents(defs, o);
  MakeShared shared(defs, o);
  std::vector<std::string> kept = check_all_render(defs, plan, o, shared, run.jobs);

  std::vector<std::vector<std::string>> written(plan.size());
  std::vector<std::string> problems(plan.size());
  std::atomic<std::size_t> pages{0};
  std::size_t done = 0;
  std::atomic<bool> stop{false};
  std::exception_ptr fatal;
  std::mutex mutex;
  MarkdownPictureCopier pictures;  // each .md file's pictures, copied beside it once per folder
  for_each_index(plan.size(), run.jobs, [&](std::size_t i) {
    if (stop) return;
    const PlannedDocument& doc = plan[i];
    try {
      std::string markdown = kept[i].empty() ? render_document(defs, doc, o, shared) : std::move(kept[i]);
      std::string().swap(kept[i]);
      Node model = document_from_markdown(markdown, defs, doc, o, shared);
      for (const auto& f : formats) {
        MadeFile file = make_format(model, doc, f);
        if (f == "pdf") pages += count_pdf_pages(file.content);
        if (run.write) run.write(file);
        written[i].push_back(file.path);
        if (f == "md" && run.write)
          pictures.copy(model, file.path, [&](const std::string& p, const std::string& bytes) { run.write({p, bytes}); });
      }
    } catch (const PlainlyError& e) {
      if (e.code() == ExitCode::MissingTool) {
        std::lock_guard<std::mutex> lock(mutex);
        if (!fatal) fatal = std::current_exception();
        stop = true;
        return;
      }
      problems[i] = who(doc) + " could not be made: " + e.what();
    } catch (const std::exception& e) {
      problems[i] = who(doc) + " could not be made: " + e.what();
    }
    std::lock_guard<std::mutex> lock(mutex);
    std::size_t now = ++done;
    if (run.progress) run.progress(now, plan.size());
  });
  if (fatal) std::rethrow_exception(fatal);

  RunSummary summary;
  summary.documents = plan.size();
  summary.pages = pages;
  for (std::size_t i = 0; i < plan.size(); ++i) {
    for (auto& path : written[i]) summary.files.push_back(std::move(path));
    if (!problems[i].empty()) summary.problems.push_back(std::move(problems[i]));
  }
  for (auto& path : pictures.written()) summary.files.push_back(std::move(path));  // after the documents
  return summary;
}

}  // namespace plainly
