// Loading a Checker and checking one text: segment, run the rules per sentence, keep the
// strongest of overlapping findings, then turn byte offsets into lines and columns.
#include "check/checker.hpp"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>

#include "check/checker_data.hpp"
#include "check/markdown_text.hpp"
#include "check/rules/match.hpp"
#include "check/segmenter.hpp"
#include "check/text_count.hpp"
#include "core/data_paths.hpp"
#include "core/error.hpp"

namespace plainly {

const std::vector<Rule>& Checker::rules() const { return data_->set.rules; }

namespace {

// An index entry for pattern `pattern` of rule `rule` (the filters are filled in later).
IndexEntry index_entry(int rule, int pattern, bool substitution) {
  IndexEntry e;
  e.rule = rule;
  e.pattern = pattern;
  e.substitution = substitution;
  return e;
}

/// Resolve an element's class names into a bit mask and built-in flags, and its words into
/// entries of the word table (so matching compares pointers, not strings).
void resolve(PatternElement& e, const std::map<std::string, int, std::less<>>& ids, SvMap<WordInfo>& words) {
  e.class_mask = 0;
  e.builtin = 0;
  e.word_ptrs.clear();
  e.word_bloom = 0;
  for (const auto& w : e.words) {
    const WordInfo* info = &words[w];
    e.word_ptrs.push_back(info);
    e.word_bloom |= uint64_t{1} << (info->id & 63);
  }
  for (const auto& c : e.classes) {
    if (c == "any") e.builtin |= kAnyWord;
    else if (c == "num") e.builtin |= kNumClass;
    else if (c == "money") e.builtin |= kMoneyClass;
    else if (c == "date") e.builtin |= kDateClass;
    else if (c == "capital") e.builtin |= kCapitalClass;
    else if (auto it = ids.find(c); it != ids.end()) e.class_mask |= uint64_t{1} << it->second;
  }
}

/// A context rule's list of words and <classes> as one element.
PatternElement spec_element(const std::vector<std::string>& specs) {
  PatternElement e;
  for (const auto& s : specs) {
    if (s.size() > 2 && s.front() == '<' && s.back() == '>') e.classes.push_back(s.substr(1, s.size() - 2));
    else e.words.push_back(s);
  }
  return e;
}

/// The words that can follow a pattern's first element: the optional elements up to and
/// including the first required one. Only plain words and classes qualify (a gap, a !word
/// or a built-in class such as <num> means any token could follow, so no filter).
void set_next_filter(const Pattern& p, IndexEntry& e, uint32_t rule_words, uint64_t filler_mask) {
  e.required_count = 0;
  e.required_more = false;
  for (size_t k = 0; k < p.required_masks.size(); ++k) {
    if (e.required_count == IndexEntry::kInlineRequired) {
      e.required_more = true;
      break;
    }
    int n = e.required_count;
    e.required_classes[n] = p.required_masks[k].first;
    e.required_bloom[n] = p.required_masks[k].second;
    // The element's words by id, for the exact test (if every id is a rule word's).
    const PatternElement& el = p.elements[p.required[k]];
    e.required_ids[n].clear();
    e.required_exact[n] = true;
    e.required_bloom2[n] = 0;
    for (const WordInfo* w : el.word_ptrs) {
      e.required_ids[n].push_back(w->id);
      e.required_bloom2[n] |= bloom_bit2(w->id);
      e.required_exact[n] = e.required_exact[n] && w->id < rule_words;
    }
    ++e.required_count;
  }
  e.next_filter = false;
  e.next_classes = e.next_bloom = e.next_bloom_high = 0;
  for (size_t k = 1; k < p.elements.size(); ++k) {
    const PatternElement& el = p.elements[k];
    if (el.gap || el.negate || el.builtin) return;
    e.next_classes |= el.class_mask;
    e.next_bloom |= el.word_bloom;
    for (const WordInfo* w : el.word_ptrs) e.next_bloom_high |= uint64_t{1} << ((w->id >> 6) & 63);
    if (!el.optional) {
      e.next_filter = true;
      e.next_classes |= filler_mask;  // "may also lead": a filler word may come first
      return;
    }
  }
}

int id_of(const std::map<std::string, int, std::less<>>& ids, const char* name) {
  auto it = ids.find(name);
  return it == ids.end() ? -1 : it->second;
}

}  // namespace

void CheckerData::build() {
  class_ids.clear();
  words.clear();
  by_flag.clear();
  sentence_rules.clear();
  if (set.classes.size() > 64)
    throw PlainlyError(ExitCode::BadInput, "plainly: the rule files define more than 64 word classes; "
                                           "please merge some of them.");
  int next = 0;
  for (const auto& [name, members] : set.classes)
    for (const auto& w : members) words[w];
  for (int ri = 0; ri < static_cast<int>(set.rules.size()); ++ri) {  // every literal word first,
    Rule& r = set.rules[ri];                                          // so ids are final
    for (auto& p : r.patterns)
      for (auto& el : p.elements)
        for (auto& w : el.words) words[w];
    for (auto& sub : r.substitutions)
      for (auto& el : sub.first.elements)
        for (auto& w : el.words) words[w];
    for (auto* list : {&r.subject_in, &r.subject_not_in, &r.verb_in, &r.verb_not_in, &r.then_in})
      for (auto& w : *list) words[w];
    for (auto& w : r.triggers) words[w];
  }
  // Words the rules name get the small ids 0..rule_words-1, so a sentence can mark them in
  // a small bit set; the words only there for their syllables come after.
  uint32_t next_id = 0;
  for (auto& [w, info] : words) info.id = next_id++;
  rule_words = next_id;
  if (syllables)
    for (const auto& [w, n] : syllables->table()) {
      auto [it, added] = words.try_emplace(w);
      it->second.syllables = n;
      if (added) it->second.id = next_id++;
    }
  for (auto& [w, info] : words)
    if (info.syllables < 0) info.syllables = estimate_syllables(w);  // computed once, not per token
  for (const auto& [name, members] : set.classes) {
    class_ids[name] = next;
    for (const auto& w : members) words[w].classes |= uint64_t{1} << next;
    ++next;
  }
  known.negation = id_of(class_ids, "negation");
  known.clause_break = id_of(class_ids, "clause-break");
  known.adverb = id_of(class_ids, "adverb");
  known.filler = id_of(class_ids, "filler");
  known.person = id_of(class_ids, "person");
  known.condition_word = id_of(class_ids, "condition-word");
  known.consent_noun = id_of(class_ids, "consent-noun");
  known.warning = id_of(class_ids, "warning");
  known.date_word = id_of(class_ids, "date-word");
  known.number_word = id_of(class_ids, "number-word");
  known.money_word = id_of(class_ids, "money-word");
  known.be_aux = id_of(class_ids, "be-aux");
  known.irregular_participle = id_of(class_ids, "irregular-participle");
  known.permission = id_of(class_ids, "permission");
  known.choice_verb = id_of(class_ids, "choice-verb");

  auto index_pattern = [&](Pattern& p, IndexEntry e) {
    e.easy_read_only = set.rules[e.rule].easy_read_only;
    for (auto& el : p.elements) resolve(el, class_ids, words);
    p.required.clear();
    for (int k = 1; k < static_cast<int>(p.elements.size()); ++k) {
      const PatternElement& el = p.elements[k];
      if (!el.optional && !el.negate && el.gap == 0 && el.builtin == 0) p.required.push_back(k);
    }
    p.required_masks.clear();
    for (int k : p.required) p.required_masks.push_back({p.elements[k].class_mask, p.elements[k].word_bloom});
    set_next_filter(p, e, rule_words, known.filler >= 0 ? uint64_t{1} << known.filler : 0);
    const PatternElement& first = p.elements.front();
    for (const auto& w : first.words) words[w].patterns.push_back(e);
    if (first.builtin) by_flag.push_back(e);
    for (const auto& c : first.classes) {
      auto it = set.classes.find(c);
      if (it == set.classes.end()) continue;
      for (const auto& w : it->second) words[w].patterns.push_back(e);
    }
  };
  for (int ri = 0; ri < static_cast<int>(set.rules.size()); ++ri) {
    Rule& r = set.rules[ri];
    switch (r.kind) {
      case RuleKind::Phrase:
      case RuleKind::Pattern:
        for (int pi = 0; pi < static_cast<int>(r.patterns.size()); ++pi) index_pattern(r.patterns[pi], index_entry(ri, pi, false));
        break;
      case RuleKind::Substitution:
        for (int pi = 0; pi < static_cast<int>(r.substitutions.size()); ++pi)
          index_pattern(r.substitutions[pi].first, index_entry(ri, pi, true));
        break;
      case RuleKind::Context:
        r.subject_e = spec_element(r.subject_in);
        r.subject_not_e = spec_element(r.subject_not_in);
        r.verb_e = spec_element(r.verb_in);
        r.verb_not_e = spec_element(r.verb_not_in);
        r.then_e = spec_element(r.then_in);
        for (PatternElement* e : {&r.subject_e, &r.subject_not_e, &r.verb_e, &r.verb_not_e, &r.then_e})
          resolve(*e, class_ids, words);
        for (const auto& t : r.triggers) words[t].triggers.push_back(ri);
        break;
      default:
        sentence_rules.push_back(ri);
    }
  }
  // The same entry may be indexed twice under one word (a|b with a class): keep one.
  table = WordTable();
  for (auto& [w, info] : words) {
    table.add(w, &info);
    auto& v = info.patterns;
    std::sort(v.begin(), v.end(), [](const IndexEntry& a, const IndexEntry& b) {
      return std::tie(a.rule, a.pattern, a.substitution) < std::tie(b.rule, b.pattern, b.substitution);
    });
    v.erase(std::unique(v.begin(), v.end(), [](const IndexEntry& a, const IndexEntry& b) {
              return a.rule == b.rule && a.pattern == b.pattern && a.substitution == b.substitution;
            }), v.end());
    info.filters.clear();
    info.any_filter = NextFilter{0, 0, false, 0};
    for (const IndexEntry& e : v) {
      info.filters.push_back(NextFilter{e.next_classes, e.next_bloom, !e.next_filter, e.next_bloom_high});
      info.any_filter.classes |= e.next_classes;
      info.any_filter.bloom |= e.next_bloom;
      info.any_filter.bloom_high |= e.next_bloom_high;
      info.any_filter.always = info.any_filter.always || !e.next_filter;
    }
  }
  table.finish();
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

/// Where two problem findings overlap, keep the one from a rule that names its words (phrase
/// and pattern kinds) over one from a broad context rule ("we ... may"), then the first-listed
/// rule: "We hope this may lead to paid work" is explained as a hope and a lure, not as
/// "leaves it to us to decide". Clarity findings stand alone (one per rule and place).
/// O(h log h), so a huge sentence with many findings stays fast.
std::vector<Hit> resolve_overlaps(std::vector<Hit>& hits, const std::vector<Rule>& rules) {
  std::vector<Hit> kept;
  auto broad = [&](const Hit& h) { return rules[h.rule].kind == RuleKind::Context; };
  std::sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
    bool ba = broad(a), bb = broad(b);
    return std::tie(ba, a.rule, a.begin) < std::tie(bb, b.rule, b.begin);
  });
  std::map<size_t, size_t> taken;  // accepted problem spans: begin -> end, never overlapping
  auto overlaps = [&](const Hit& h) {
    auto it = taken.lower_bound(h.begin);
    if (it != taken.end() && it->first < h.end) return true;
    if (it != taken.begin() && std::prev(it)->second > h.begin) return true;
    return false;
  };
  int last_clarity_rule = -1;
  size_t last_clarity_end = 0;
  for (auto& h : hits) {
    if (rules[h.rule].category == "clarity") {
      bool dup = h.rule == last_clarity_rule && h.begin < last_clarity_end;
      if (!dup) {
        last_clarity_rule = h.rule;
        last_clarity_end = h.end;
        kept.push_back(std::move(h));
      }
      continue;
    }
    if (overlaps(h)) continue;
    taken[h.begin] = h.end;
    kept.push_back(std::move(h));
  }
  return kept;
}

std::string fill(std::string s, const std::string& key, const std::string& value) {
  if (s.find('{') == std::string::npos) return s;
  for (size_t p = s.find(key); p != std::string::npos; p = s.find(key, p + value.size()))
    s.replace(p, key.size(), value);
  return s;
}

/// The placeholders filled in one pass into `out`: the same result as the chain of fill()
/// calls when the values put in hold no '{' and every '{' of the template starts one of the
/// four placeholders (so nothing can form a new placeholder). False, if the template has
/// another '{': then use the chain.
bool fill_once(const std::string& tmpl, const std::string& text, const std::string& plain,
               const std::string& words, const std::string& limit, std::string& out) {
  out.reserve(tmpl.size() + text.size() + plain.size());
  size_t i = 0;
  while (i < tmpl.size()) {
    size_t open = tmpl.find('{', i);
    if (open == std::string::npos) break;
    out.append(tmpl, i, open - i);
    std::string_view rest = std::string_view(tmpl).substr(open);
    if (rest.substr(0, 6) == "{text}") { out += text; i = open + 6; }
    else if (rest.substr(0, 7) == "{plain}") { out += plain; i = open + 7; }
    else if (rest.substr(0, 7) == "{words}") { out += words; i = open + 7; }
    else if (rest.substr(0, 7) == "{limit}") { out += limit; i = open + 7; }
    else return false;
  }
  if (i < tmpl.size()) out.append(tmpl, i, std::string::npos);
  return true;
}

/// Syllables of a word the table does not know (names, rare words), through a small
/// direct-mapped cache: such words repeat within a document, and the estimate costs more
/// than the look-up. Bounded: 4,096 entries of words up to 22 bytes.
int estimate_cached(std::string_view w) {
  struct Entry {
    uint8_t length = 0xFF;  // no word
    int8_t syllables = 0;
    char word[22];
  };
  constexpr size_t kEntries = 4096;
  if (w.size() > sizeof(Entry::word)) return estimate_syllables(w);
  thread_local std::vector<Entry> cache(kEntries);
  Entry& e = cache[WordTable::hash(w) & (kEntries - 1)];
  if (e.length == w.size() && std::memcmp(e.word, w.data(), w.size()) == 0) return e.syllables;
  int n = estimate_syllables(w);  // at most 22 letters, so it fits in int8_t
  e.length = static_cast<uint8_t>(w.size());
  e.syllables = static_cast<int8_t>(n);
  std::memcpy(e.word, w.data(), w.size());
  return n;
}

Readability sentence_figures(const Sentence& s) {
  Readability r;
  r.sentences = 1;
  for (const auto& t : s.tokens) {
    if (t.is(kPunct)) continue;
    ++r.words;
    int n = !t.is(kWord) ? 1 : (t.info && t.info->syllables >= 0) ? t.info->syllables : estimate_cached(t.lower);
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
    size_t stop = std::min(offset, text_.size());
    if (pos_ < stop) advance_position(text_.substr(pos_, stop - pos_), line_, col_);
    pos_ = std::max(pos_, stop);
    *line = line_;
    *col = col_;
  }
 private:
  std::string_view text_;
  size_t pos_ = 0;
  int line_, col_;
};

}  // namespace

CheckRefs check_text_refs(const Checker& checker, std::string_view text, const CheckOptions& options) {
  const CheckerData& data = checker.data();
  std::string blanked;
  std::string_view work = text;
  std::vector<std::pair<size_t, size_t>> rows;  // easy-read rows in Markdown: a line is a sentence
  SegmentOptions segment;
  segment.lines_end_sentences = options.easy_read;
  if (options.markdown) {
    blanked = blank_markdown(text, &rows);
    work = blanked;
    segment.line_ranges = &rows;
  }
  thread_local Segmenter segmenter;
  segmenter.start(work, segment);
  CheckRefs result;
  result.sentences.reserve(std::min(work.size() / 64 + 16, options.max_sentences));  // about one in 80 bytes
  std::vector<Hit> hits, sentence_hits;
  SvSet seen_acronyms;
  Sentence s;
  std::vector<uint64_t> present(data.rule_words / 64 + 1, 0);  // rule words in this sentence, by id
  while (segmenter.next(s)) {
    uint64_t sentence_classes = 0, sentence_bloom = 0, sentence_bloom2 = 0;  // for the quick "may match" tests
    for (Token& t : s.tokens) {
      if (t.is(kPunct)) continue;
      t.info = data.lookup(t.lower);
      if (t.info) {
        sentence_bloom |= uint64_t{1} << (t.info->id & 63);
        sentence_bloom2 |= bloom_bit2(t.info->id);
        sentence_classes |= t.info->classes;
        if (t.info->id < data.rule_words) present[t.info->id >> 6] |= uint64_t{1} << (t.info->id & 63);
      }
    }
    SentenceContext ctx(data, s, work, options);
    ctx.hits = std::move(sentence_hits);  // reuse one vector's storage for every sentence
    ctx.sentence_bloom = sentence_bloom;
    ctx.sentence_bloom2 = sentence_bloom2;
    ctx.sentence_classes = sentence_classes;
    ctx.sentence_words = present.data();
    ctx.seen_acronyms = options.seen_acronyms ? options.seen_acronyms : &seen_acronyms;
    bool every_token = !data.by_flag.empty();  // patterns that start with <num>, <any>, ...
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      if (!s.tokens[i].info && !every_token) continue;  // no rule starts with this token
      run_patterns_at(ctx, i);
      run_context_at(ctx, i);
    }
    run_sentence_rules(ctx, work);
    for (const Token& t : s.tokens)  // clear the marks for the next sentence
      if (t.info && t.info->id < data.rule_words) present[t.info->id >> 6] = 0;
    if (ctx.hits.size() == 1)  // nothing to overlap
      hits.push_back(std::move(ctx.hits.front()));
    else if (!ctx.hits.empty())
      for (auto& h : resolve_overlaps(ctx.hits, data.set.rules)) hits.push_back(std::move(h));
    sentence_hits = std::move(ctx.hits);
    sentence_hits.clear();
    SentenceReadability sr;
    sr.offset = s.begin;
    sr.length = s.end - s.begin;
    sr.figures = sentence_figures(s);
    if (sr.figures.words == 0) continue;
    result.readability.add(sr.figures);
    if (result.sentences.size() < options.max_sentences) result.sentences.push_back(sr);
  }
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.begin < b.begin; });
  result.findings.reserve(hits.size());
  for (const Hit& h : hits) {
    const Rule& r = data.set.rules[h.rule];
    FindingRef f;
    f.rule = h.rule;
    f.offset = h.begin;
    f.length = h.end - h.begin;
    f.words = h.words;
    f.limit = options.easy_read ? r.easy_read_max_words : r.max_words;
    f.plain = h.plain;
    result.findings.push_back(f);
  }
  // Lines and columns: one sweep over the text for every offset we need. Sentences are
  // already in text order, so only the findings' offsets are sorted, then both are merged
  // (equal offsets get equal positions, so their order does not matter).
  struct Wanted { size_t offset; int* line; int* column; };
  std::vector<Wanted> wanted;
  wanted.reserve(result.findings.size() * 2);
  for (auto& f : result.findings) {
    wanted.push_back({f.offset, &f.line, &f.column});
    wanted.push_back({f.offset + f.length, &f.end_line, &f.end_column});
  }
  auto& sentences = result.sentences;
  bool in_order = std::is_sorted(sentences.begin(), sentences.end(),
                                 [](const SentenceReadability& a, const SentenceReadability& b) { return a.offset < b.offset; });
  size_t next_sentence = 0;
  if (!in_order) {  // never expected; then sort every offset together
    for (auto& st : sentences) wanted.push_back({st.offset, &st.line, &st.column});
    next_sentence = sentences.size();
  }
  std::sort(wanted.begin(), wanted.end(), [](const Wanted& a, const Wanted& b) { return a.offset < b.offset; });
  PositionSweep sweep(text, options);
  for (const Wanted& w : wanted) {
    for (; next_sentence < sentences.size() && sentences[next_sentence].offset <= w.offset; ++next_sentence)
      sweep.at(sentences[next_sentence].offset, &sentences[next_sentence].line, &sentences[next_sentence].column);
    sweep.at(w.offset, w.line, w.column);
  }
  for (; next_sentence < sentences.size(); ++next_sentence)
    sweep.at(sentences[next_sentence].offset, &sentences[next_sentence].line, &sentences[next_sentence].column);
  return result;
}

namespace {

/// A finding's message or suggestion template with its placeholders filled.
std::string expand(const std::string& tmpl, const FindingRef& ref, std::string_view text) {
  std::string matched(text.substr(ref.offset, ref.length));
  std::string plain = ref.plain ? *ref.plain : std::string();
  std::string words = std::to_string(ref.words);
  std::string limit = std::to_string(ref.limit);
  std::string once;
  if (matched.find('{') == std::string::npos && plain.find('{') == std::string::npos &&
      fill_once(tmpl, matched, plain, words, limit, once))
    return once;
  return fill(fill(fill(fill(tmpl, "{text}", matched), "{plain}", plain), "{words}", words), "{limit}", limit);
}

}  // namespace

void append_finding_text(const Checker& checker, const FindingRef& ref, std::string_view text, FindingText which,
                         std::string& out) {
  const Rule& r = checker.data().set.rules[ref.rule];
  const std::string& tmpl = which == FindingText::Message ? r.message : r.suggestion;
  if (tmpl.find('{') == std::string::npos) out += tmpl;  // most rules: the words as written
  else out += expand(tmpl, ref, text);
}

Finding make_finding(const Checker& checker, const FindingRef& ref, std::string_view text, const std::string& file) {
  const Rule& r = checker.data().set.rules[ref.rule];
  Finding f;
  f.file = file;
  f.line = ref.line;
  f.column = ref.column;
  f.end_line = ref.end_line;
  f.end_column = ref.end_column;
  f.offset = ref.offset;
  f.length = ref.length;
  f.text = std::string(text.substr(ref.offset, ref.length));
  f.rule = r.id;
  f.category = r.category;
  f.severity = r.severity;
  append_finding_text(checker, ref, text, FindingText::Message, f.message);
  append_finding_text(checker, ref, text, FindingText::Suggestion, f.suggestion);
  return f;
}

CheckResult check_text_full(const Checker& checker, std::string_view text, const std::string& file,
                            const CheckOptions& options) {
  CheckRefs refs = check_text_refs(checker, text, options);
  CheckResult result;
  result.findings.reserve(refs.findings.size());
  for (const FindingRef& ref : refs.findings) result.findings.push_back(make_finding(checker, ref, text, file));
  result.readability = refs.readability;
  result.sentences = std::move(refs.sentences);
  return result;
}

std::vector<Finding> check_text(const Checker& checker, std::string_view text, const std::string& file,
                                const CheckOptions& options) {
  return check_text_full(checker, text, file, options).findings;
}

}  // namespace plainly
