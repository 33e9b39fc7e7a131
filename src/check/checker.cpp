// Loading a Checker and checking one text: segment, run the rules per sentence, keep the
// strongest of overlapping findings, then turn byte offsets into lines and columns.
#include "check/checker.hpp"

#include <algorithm>
#include <filesystem>

#include "check/checker_data.hpp"
#include "check/markdown_text.hpp"
#include "check/rules/match.hpp"
#include "check/segmenter.hpp"
#include "core/data_paths.hpp"
#include "core/error.hpp"

namespace plainly {

const std::vector<Rule>& Checker::rules() const { return data_->set.rules; }

void CheckerData::build() {
  classes.clear();
  for (const auto& [name, words] : set.classes) {
    auto& s = classes[name];
    for (const auto& w : words) s.insert(w);
  }
  auto index_pattern = [&](const Pattern& p, IndexEntry e) {
    const PatternElement& first = p.elements.front();
    for (const auto& w : first.words) by_first_word[w].push_back(e);
    for (const auto& c : first.classes) {
      auto it = set.classes.find(c);
      if (it == set.classes.end()) { by_flag.push_back(e); continue; }
      for (const auto& w : it->second) by_first_word[w].push_back(e);
    }
  };
  for (int ri = 0; ri < static_cast<int>(set.rules.size()); ++ri) {
    const Rule& r = set.rules[ri];
    switch (r.kind) {
      case RuleKind::Phrase:
      case RuleKind::Pattern:
        for (int pi = 0; pi < static_cast<int>(r.patterns.size()); ++pi) index_pattern(r.patterns[pi], {ri, pi, false});
        break;
      case RuleKind::Substitution:
        for (int pi = 0; pi < static_cast<int>(r.substitutions.size()); ++pi)
          index_pattern(r.substitutions[pi].first, {ri, pi, true});
        break;
      case RuleKind::Context:
        for (const auto& t : r.triggers) context_triggers[t].push_back(ri);
        break;
      default:
        sentence_rules.push_back(ri);
    }
  }
  // The same entry may be indexed twice under one word (a|b with a class): keep one.
  for (auto& [w, v] : by_first_word) {
    std::sort(v.begin(), v.end(), [](const IndexEntry& a, const IndexEntry& b) {
      return std::tie(a.rule, a.pattern, a.substitution) < std::tie(b.rule, b.pattern, b.substitution);
    });
    v.erase(std::unique(v.begin(), v.end(), [](const IndexEntry& a, const IndexEntry& b) {
              return a.rule == b.rule && a.pattern == b.pattern && a.substitution == b.substitution;
            }), v.end());
  }
}

static std::vector<std::string> rule_files_in(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".yaml") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

static Checker finish(std::shared_ptr<CheckerData> data) {
  validate_rule_set(data->set);
  data->syllables = &default_syllables();
  data->build();
  return Checker(std::move(data));
}

Checker load_checker(const std::string& locale, const std::vector<std::string>& extra_rules,
                     bool replace_builtin) {
  auto data = std::make_shared<CheckerData>();
  std::string dir = data_dir() + "/locales/" + locale + "/rules";
  std::vector<std::string> files = rule_files_in(dir);
  if (files.empty())
    throw PlainlyError(ExitCode::BadInput, "plainly: there are no language rules for the locale '" + locale +
                                               "' (looked in " + dir + ").");
  for (const auto& f : files) load_rule_file(f, data->set);
  if (replace_builtin) data->set.rules.clear();  // keep the word classes
  for (const auto& f : extra_rules) load_rule_file(f, data->set);
  return finish(std::move(data));
}

Checker load_checker_from_files(const std::vector<std::string>& files) {
  auto data = std::make_shared<CheckerData>();
  for (const auto& f : files) load_rule_file(f, data->set);
  return finish(std::move(data));
}

namespace {

/// Keep the first-listed rule where two problem findings overlap; clarity findings stand alone.
std::vector<Hit> resolve_overlaps(std::vector<Hit> hits, const std::vector<Rule>& rules) {
  std::vector<Hit> kept, clarity;
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return std::tie(a.rule, a.begin) < std::tie(b.rule, b.begin);
  });
  for (auto& h : hits) {
    if (rules[h.rule].category == "clarity") {
      bool dup = false;
      for (const auto& c : clarity) dup = dup || (c.rule == h.rule && c.begin < h.end && h.begin < c.end);
      if (!dup) clarity.push_back(std::move(h));
      continue;
    }
    bool overlaps = false;
    for (const auto& k : kept) overlaps = overlaps || (k.begin < h.end && h.begin < k.end);
    if (!overlaps) kept.push_back(std::move(h));
  }
  kept.insert(kept.end(), std::make_move_iterator(clarity.begin()), std::make_move_iterator(clarity.end()));
  return kept;
}

std::string fill(std::string s, const std::string& key, const std::string& value) {
  for (size_t p = s.find(key); p != std::string::npos; p = s.find(key, p + value.size()))
    s.replace(p, key.size(), value);
  return s;
}

Readability sentence_figures(const Sentence& s, const Syllables& syl) {
  Readability r;
  r.sentences = 1;
  for (const auto& t : s.tokens) {
    if (t.is(kPunct)) continue;
    ++r.words;
    int n = t.is(kWord) ? syl.count(t.lower) : 1;
    r.syllables += n;
    if (n >= 3) ++r.long_words;
  }
  return r;
}

/// Sweeps the text once, turning sorted byte offsets into 1-based lines and columns.
class PositionSweep {
 public:
  PositionSweep(std::string_view text, const CheckOptions& o) : text_(text), line_(o.base_line), col_(o.base_column) {}
  void at(size_t offset, int* line, int* col) {
    for (; pos_ < offset && pos_ < text_.size(); ++pos_) {
      unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c == '\n') { ++line_; col_ = 1; } else if ((c & 0xC0) != 0x80) { ++col_; }
    }
    *line = line_;
    *col = col_;
  }
 private:
  std::string_view text_;
  size_t pos_ = 0;
  int line_, col_;
};

}  // namespace

CheckResult check_text_full(const Checker& checker, std::string_view text, const std::string& file,
                            const CheckOptions& options) {
  const CheckerData& data = checker.data();
  std::string blanked;
  std::string_view work = text;
  if (options.markdown) {
    blanked = blank_markdown(text);
    work = blanked;
  }
  thread_local Segmenter segmenter;
  std::vector<Sentence> sentences = segmenter.segment(work);
  CheckResult result;
  std::vector<Hit> hits;
  SvSet seen_acronyms;
  for (const Sentence& s : sentences) {
    SentenceContext ctx(data, s, work, options);
    ctx.seen_acronyms = &seen_acronyms;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      run_patterns_at(ctx, i);
      run_context_at(ctx, i);
    }
    run_sentence_rules(ctx, work);
    for (auto& h : resolve_overlaps(std::move(ctx.hits), data.set.rules)) hits.push_back(std::move(h));
    SentenceReadability sr;
    sr.offset = s.begin;
    sr.length = s.end - s.begin;
    sr.figures = sentence_figures(s, *data.syllables);
    if (sr.figures.words == 0) continue;
    result.readability.add(sr.figures);
    result.sentences.push_back(sr);
  }
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.begin < b.begin; });
  // Lines and columns: one sweep over begin offsets, a second over end offsets.
  PositionSweep begins(text, options), ends(text, options);
  for (const Hit& h : hits) {
    const Rule& r = data.set.rules[h.rule];
    Finding f;
    f.file = file;
    f.offset = h.begin;
    f.length = h.end - h.begin;
    f.text = std::string(text.substr(h.begin, h.end - h.begin));
    begins.at(h.begin, &f.line, &f.column);
    f.rule = r.id;
    f.category = r.category;
    f.severity = r.severity;
    std::string words = std::to_string(h.words);
    std::string limit = std::to_string(options.easy_read ? r.easy_read_max_words : r.max_words);
    f.message = fill(fill(fill(fill(r.message, "{text}", f.text), "{plain}", h.plain), "{words}", words), "{limit}", limit);
    f.suggestion = fill(fill(fill(fill(r.suggestion, "{text}", f.text), "{plain}", h.plain), "{words}", words), "{limit}", limit);
    result.findings.push_back(std::move(f));
  }
  std::vector<size_t> order(result.findings.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return result.findings[a].offset + result.findings[a].length < result.findings[b].offset + result.findings[b].length;
  });
  for (size_t i : order) {
    Finding& f = result.findings[i];
    ends.at(f.offset + f.length, &f.end_line, &f.end_column);
  }
  PositionSweep starts(text, options);
  for (auto& s : result.sentences) starts.at(s.offset, &s.line, &s.column);
  return result;
}

std::vector<Finding> check_text(const Checker& checker, std::string_view text, const std::string& file,
                                const CheckOptions& options) {
  return check_text_full(checker, text, file, options).findings;
}

}  // namespace plainly
