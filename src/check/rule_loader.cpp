// Loading and validating YAML rule files, with file:line:col for every problem.
#include <filesystem>
#include <stdexcept>

#include <yaml-cpp/yaml.h>

#include "check/finding.hpp"
#include "check/rule.hpp"
#include "core/error.hpp"
#include "core/spellcheck.hpp"

namespace plainly {
namespace {

[[noreturn]] void bad(const std::string& file, const YAML::Node& at, const std::string& msg,
                      const std::string& example = "") {
  Diagnostic d;
  d.file = file;
  if (at.IsDefined()) {
    d.pos.line = at.Mark().line + 1;
    d.pos.column = at.Mark().column + 1;
  }
  d.message = msg;
  d.example = example;
  throw PlainlyError(ExitCode::BadInput, "", {d});
}

std::string scalar(const std::string& file, const YAML::Node& n, const std::string& key) {
  if (!n.IsScalar()) bad(file, n, "'" + key + "' must be a single value.");
  return n.as<std::string>();
}

std::vector<std::string> string_list(const std::string& file, const YAML::Node& n,
                                     const std::string& key) {
  if (n.IsScalar()) return {n.as<std::string>()};
  if (!n.IsSequence()) bad(file, n, "'" + key + "' must be a list.", "For example: [may, might]");
  std::vector<std::string> out;
  for (const auto& item : n) out.push_back(scalar(file, item, key));
  return out;
}

const std::vector<std::string> kRuleKeys = {
    "id", "kind", "category", "severity", "message", "suggestion", "phrases", "patterns",
    "unless", "triggers", "subject", "subject_not", "verb", "verb_not", "then", "max_words",
    "easy_read_max_words", "words", "words_file", "allow", "easy_read_only", "enabled"};

RuleKind parse_kind(const std::string& file, const YAML::Node& n) {
  static const std::vector<std::pair<std::string, RuleKind>> kinds = {
      {"phrase", RuleKind::Phrase},         {"pattern", RuleKind::Pattern},
      {"context", RuleKind::Context},       {"length", RuleKind::Length},
      {"substitution", RuleKind::Substitution}, {"acronym", RuleKind::Acronym},
      {"passive", RuleKind::Passive},       {"number-words", RuleKind::NumberWords}};
  std::string k = scalar(file, n, "kind");
  std::vector<std::string> names;
  for (const auto& [name, kind] : kinds) {
    if (name == k) return kind;
    names.push_back(name);
  }
  std::string hint = closest_match(k, names);
  bad(file, n, "'" + k + "' is not a rule kind." + (hint.empty() ? "" : " Did you mean '" + hint + "'?"),
      "The kinds are phrase, pattern, context, length, substitution, acronym, passive and number-words.");
}

Unless parse_unless(const std::string& file, const YAML::Node& n, const std::string& v) {
  static const std::vector<std::pair<std::string, Unless>> names = {
      {"question", Unless::Question},   {"negated", Unless::Negated},
      {"fixed-term", Unless::FixedTerm}, {"money", Unless::Money},
      {"warning", Unless::Warning},     {"condition", Unless::Condition},
      {"permission", Unless::Permission}, {"relative", Unless::Relative}, {"request", Unless::Request}};
  std::vector<std::string> all;
  for (const auto& [name, u] : names) {
    if (name == v) return u;
    all.push_back(name);
  }
  std::string hint = closest_match(v, all);
  bad(file, n, "'" + v + "' is not a condition for 'unless'." +
                   (hint.empty() ? "" : " Did you mean '" + hint + "'?"),
      "The conditions are question, negated, fixed-term, money, warning, condition, permission, relative and request.");
}

std::vector<Pattern> patterns_of(const std::string& file, const YAML::Node& list, bool literal_only) {
  std::vector<Pattern> out;
  if (!list.IsSequence()) bad(file, list, "this must be a list of phrases.", "For example: [where appropriate, as needed]");
  for (const auto& item : list) {
    std::string text = scalar(file, item, "phrase");
    Pattern p;
    try {
      p = parse_pattern(text);
    } catch (const std::invalid_argument& e) {
      bad(file, item, "this pattern cannot be read: " + std::string(e.what()) + ".");
    }
    for (auto& e : p.elements) add_s_forms(e.words);  // "level" also finds "levels"
    if (literal_only)
      for (const auto& e : p.elements)
        if (!e.classes.empty() || e.gap || e.negate)
          bad(file, item, "a phrase rule holds plain words only; use kind: pattern for word classes and gaps.");
    out.push_back(std::move(p));
  }
  return out;
}

void load_substitutions(const std::string& file, const YAML::Node& map, Rule& r) {
  if (!map.IsMap()) bad(file, map, "'words' must map each hard word to plainer words.", "For example: {commence: start}");
  for (const auto& kv : map) {
    std::string hard = scalar(file, kv.first, "word");
    std::string plain = scalar(file, kv.second, hard);
    try {
      r.substitutions.emplace_back(parse_pattern(hard), plain);
    } catch (const std::invalid_argument& e) {
      bad(file, kv.first, "this word cannot be read: " + std::string(e.what()) + ".");
    }
  }
}

Rule parse_rule(const std::string& file, const YAML::Node& n) {
  if (!n.IsMap()) bad(file, n, "each rule must be a set of keys such as id, kind and message.");
  for (const auto& kv : n) {
    std::string key = kv.first.as<std::string>();
    bool known = false;
    for (const auto& k : kRuleKeys) known = known || k == key;
    if (!known) {
      std::string hint = closest_match(key, kRuleKeys);
      bad(file, kv.first, "'" + key + "' is not a rule key." + (hint.empty() ? "" : " Did you mean '" + hint + "'?"));
    }
  }
  Rule r;
  r.file = file;
  r.line = n.Mark().line + 1;
  if (!n["id"]) bad(file, n, "this rule has no 'id'.", "For example: id: we-will-try");
  r.id = scalar(file, n["id"], "id");
  if (n["enabled"] && !n["enabled"].as<bool>(true)) { r.kind = RuleKind::Phrase; r.category = "disabled"; return r; }
  if (!n["kind"]) bad(file, n, "rule '" + r.id + "' has no 'kind'.", "For example: kind: phrase");
  r.kind = parse_kind(file, n["kind"]);
  if (!n["category"]) bad(file, n, "rule '" + r.id + "' has no 'category'.", "For example: category: vague");
  r.category = scalar(file, n["category"], "category");
  if (!is_known_category(r.category))
    bad(file, n["category"], "'" + r.category + "' is not a category.",
        "The categories are speculative, promissory, vague, pressure and clarity.");
  r.severity = r.category == "clarity" ? Severity::Warning : Severity::Error;
  if (n["severity"]) {
    std::string s = scalar(file, n["severity"], "severity");
    if (s == "error") r.severity = Severity::Error;
    else if (s == "warning") r.severity = Severity::Warning;
    else if (s == "suggestion") r.severity = Severity::Suggestion;
    else bad(file, n["severity"], "'" + s + "' is not a severity.", "Use error, warning or suggestion.");
  }
  if (!n["message"]) bad(file, n, "rule '" + r.id + "' has no 'message'.", "Say in one plain sentence why this is a problem.");
  r.message = scalar(file, n["message"], "message");
  if (n["suggestion"]) r.suggestion = scalar(file, n["suggestion"], "suggestion");
  if (n["unless"])
    for (const auto& u : n["unless"]) r.unless.push_back(parse_unless(file, u, scalar(file, u, "unless")));
  if (n["easy_read_only"]) r.easy_read_only = n["easy_read_only"].as<bool>(false);
  auto list = [&](const char* key, std::vector<std::string>& into) {
    if (n[key]) into = string_list(file, n[key], key);
  };
  switch (r.kind) {
    case RuleKind::Phrase:
    case RuleKind::Pattern: {
      const char* key = r.kind == RuleKind::Phrase ? "phrases" : "patterns";
      if (!n[key]) bad(file, n, "rule '" + r.id + "' needs a list of '" + key + "'.");
      r.patterns = patterns_of(file, n[key], r.kind == RuleKind::Phrase);
      break;
    }
    case RuleKind::Context: {
      if (!n["triggers"]) bad(file, n, "a context rule needs 'triggers' (the words it looks at).", "For example: triggers: [may, might, could]");
      for (auto& t : string_list(file, n["triggers"], "triggers")) r.triggers.insert(t);
      list("subject", r.subject_in);
      list("subject_not", r.subject_not_in);
      list("verb", r.verb_in);
      list("verb_not", r.verb_not_in);
      list("then", r.then_in);
      break;
    }
    case RuleKind::Length:
      if (n["max_words"]) r.max_words = n["max_words"].as<int>(25);
      if (n["easy_read_max_words"]) r.easy_read_max_words = n["easy_read_max_words"].as<int>(15);
      if (r.max_words < 1 || r.easy_read_max_words < 1) bad(file, n, "word limits must be positive numbers.");
      break;
    case RuleKind::Substitution:
      if (n["words"]) load_substitutions(file, n["words"], r);
      if (n["words_file"]) {
        namespace fs = std::filesystem;
        std::string rel = scalar(file, n["words_file"], "words_file");
        std::string path = (fs::path(file).parent_path() / rel).string();
        YAML::Node doc;
        try {
          doc = YAML::LoadFile(path);
        } catch (const YAML::BadFile&) {
          bad(file, n["words_file"], "cannot open the word list '" + path + "'.");
        } catch (const YAML::Exception& e) {
          Diagnostic d{Severity::Error, path, {e.mark.line + 1, e.mark.column + 1}, 1, "", "this word list is not valid YAML: " + e.msg + ".", "", ""};
          throw PlainlyError(ExitCode::BadInput, "", {d});
        }
        if (!doc["words"]) bad(path, doc, "the word list needs a 'words' map.");
        load_substitutions(path, doc["words"], r);
      }
      break;
    case RuleKind::Acronym:
    case RuleKind::Passive:
    case RuleKind::NumberWords: {
      std::vector<std::string> words;
      list(r.kind == RuleKind::NumberWords ? "words" : "allow", words);
      for (auto& w : words) r.allow.insert(w);
      break;
    }
  }
  return r;
}

}  // namespace

void load_rule_file(const std::string& path, RuleSet& into) {
  YAML::Node doc;
  try {
    doc = YAML::LoadFile(path);
  } catch (const YAML::BadFile&) {
    throw PlainlyError(ExitCode::BadInput, path + ": cannot open the rule file: it does not exist or cannot be read.");
  } catch (const YAML::Exception& e) {
    Diagnostic d{Severity::Error, path, {e.mark.line + 1, e.mark.column + 1}, 1, "",
                 "this rule file is not valid YAML: " + e.msg + ".", "", ""};
    throw PlainlyError(ExitCode::BadInput, "", {d});
  }
  if (!doc.IsMap()) bad(path, doc, "a rule file holds 'classes' and 'rules'.");
  for (const auto& kv : doc) {
    std::string key = kv.first.as<std::string>();
    if (key != "classes" && key != "rules") {
      std::string hint = closest_match(key, {"classes", "rules"});
      bad(path, kv.first, "'" + key + "' is not expected here." + (hint.empty() ? "" : " Did you mean '" + hint + "'?"),
          "A rule file holds 'classes' (named word lists) and 'rules'.");
    }
  }
  if (doc["classes"]) {
    if (!doc["classes"].IsMap()) bad(path, doc["classes"], "'classes' must map names to word lists.");
    for (const auto& kv : doc["classes"]) {
      auto& set = into.classes[kv.first.as<std::string>()];
      for (auto& w : string_list(path, kv.second, kv.first.as<std::string>())) set.insert(w);
    }
  }
  if (doc["rules"]) {
    if (!doc["rules"].IsSequence()) bad(path, doc["rules"], "'rules' must be a list.");
    for (const auto& item : doc["rules"]) {
      Rule r = parse_rule(path, item);
      auto it = into.rules.begin();
      while (it != into.rules.end() && it->id != r.id) ++it;
      if (r.category == "disabled") {
        if (it != into.rules.end()) into.rules.erase(it);
      } else if (it != into.rules.end()) {
        *it = std::move(r);
      } else {
        into.rules.push_back(std::move(r));
      }
    }
  }
}

void validate_rule_set(const RuleSet& set) {
  static const std::set<std::string> builtin = {"num", "money", "date", "any", "person", "capital"};
  auto check = [&](const Rule& r, const std::string& name) {
    if (builtin.count(name) || set.classes.count(name)) return;
    Diagnostic d;
    d.file = r.file;
    d.pos.line = r.line;
    d.pos.column = 1;
    d.message = "rule '" + r.id + "' uses the word class <" + name + ">, which is not defined.";
    d.example = "Define it under 'classes:' in a rule file.";
    throw PlainlyError(ExitCode::BadInput, "", {d});
  };
  auto check_words = [&](const Rule& r, const std::vector<std::string>& ws) {
    for (const auto& w : ws)
      if (w.size() > 2 && w.front() == '<' && w.back() == '>') check(r, w.substr(1, w.size() - 2));
  };
  for (const auto& r : set.rules) {
    for (const auto& p : r.patterns)
      for (const auto& e : p.elements)
        for (const auto& c : e.classes) check(r, c);
    check_words(r, r.subject_in);
    check_words(r, r.subject_not_in);
    check_words(r, r.verb_in);
    check_words(r, r.verb_not_in);
    check_words(r, r.then_in);
  }
}

}  // namespace plainly
