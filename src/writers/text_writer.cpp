// The txt writer (DESIGN section 5): plain text for screen readers and email.
// No markup characters, no ASCII art: one blank line between blocks, two before a heading,
// "- " or "1. " for list items, links written out, consent choices in words, UTF-8 NFC.
//
// Easy-read rows: only the sentences are written, each on its own line. The picture's
// alternative text is not read out: it says again what the sentences say, and hearing it
// before every row would double the listening time for the people the text is for.
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "model/nfc.hpp"
#include "writers/writer.hpp"

namespace plainly {
namespace {

constexpr int kMaxDepth = 100;
const std::string kSignatureRule(20, '_');  // a short line to write on, on paper
const std::string kAnswerRule(10, '_');

using Lines = std::vector<std::string>;

/// Words the text writer adds: locales/<language>/text.yaml (falling back to en-GB).
struct TextWords {
  std::string consent_answer;  ///< "Yes or no"
};

TextWords read_text_words(const WriterOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path base = options.data_dir.empty() ? fs::path(data_dir()) : fs::path(options.data_dir);
  fs::path file = base / "locales" / options.language / "text.yaml";
  if (!fs::is_regular_file(file, ec)) file = base / "locales" / "en-GB" / "text.yaml";
  try {
    YAML::Node y = YAML::LoadFile(file.string());
    return TextWords{y["consent_answer"].as<std::string>()};
  } catch (const YAML::Exception& e) {
    throw PlainlyError(ExitCode::BadInput,
                       file.string() + ": we could not read the words the text file needs (" +
                           e.what() + "). It needs consent_answer, for example \"Yes or no\".");
  }
}

// Read once per folder and language: a batch writes many documents.
TextWords load_text_words(const WriterOptions& options) {
  static std::mutex mutex;
  static std::map<std::string, TextWords> cache;
  std::string key = options.data_dir + "\n" + options.language;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, read_text_words(options)).first;
  return it->second;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// An address without its scheme or a trailing slash, for comparing with a link's text.
std::string bare_address(const std::string& url) {
  std::string s = lower(url);
  for (const char* scheme : {"mailto:", "tel:", "https://", "http://"}) {
    if (s.rfind(scheme, 0) == 0) {
      s.erase(0, std::string(scheme).size());
      break;
    }
  }
  if (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

// What a reader needs to use the link: the address, without "mailto:" or "tel:".
std::string shown_address(const std::string& url) {
  for (const char* scheme : {"mailto:", "tel:"}) {
    if (lower(url).rfind(scheme, 0) == 0) return url.substr(std::string(scheme).size());
  }
  return url;
}

class TextWriter {
 public:
  explicit TextWriter(TextWords words) : words_(std::move(words)) {}

  std::string document(const Node& doc) {
    std::string out;
    bool first = true;
    for (const Node& block : doc.children) {
      Lines lines = this->block(block, 1);
      if (lines.empty()) continue;
      if (!first) out += block.kind == NodeKind::Heading ? "\n\n\n" : "\n\n";
      first = false;
      for (size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) out += '\n';
        out += lines[i];
      }
    }
    return out;
  }

 private:
  Lines block(const Node& n, int depth) {
    if (depth > kMaxDepth) {
      throw PlainlyError(ExitCode::BadInput, "The document is nested too deeply to write as text.");
    }
    switch (n.kind) {
      case NodeKind::Heading:
      case NodeKind::Paragraph:
        return split_lines(inlines(n));
      case NodeKind::SignatureLine:
        return {n.text + ": " + kSignatureRule};
      case NodeKind::ConsentChoice: {
        Lines lines = split_lines(inlines(n));
        lines.push_back(words_.consent_answer + ": " + kAnswerRule);
        return lines;
      }
      case NodeKind::EasyReadRow: {
        Lines lines;
        for (const Node& c : n.children) {
          if (c.kind == NodeKind::Image) continue;  // see the note at the top of this file
          append(lines, block(c, depth + 1));
        }
        return lines;
      }
      case NodeKind::List:
        return list(n, depth);
      case NodeKind::ListItem:
      case NodeKind::Document: {
        Lines lines;
        for (const Node& c : n.children) append(lines, block(c, depth + 1));
        return lines;
      }
      default:  // an inline where a block should be: write its text
        return split_lines(inline_text(n, depth));
    }
  }

  Lines list(const Node& n, int depth) {
    Lines lines;
    long number = n.start;
    for (const Node& item : n.children) {
      std::string marker = n.ordered ? std::to_string(number++) + ". " : "- ";
      std::string indent(marker.size(), ' ');
      Lines inner = block(item, depth + 1);
      if (inner.empty()) inner.push_back("");
      for (size_t i = 0; i < inner.size(); ++i) {
        lines.push_back((i == 0 ? marker : indent) + inner[i]);
      }
    }
    return lines;
  }

  std::string inlines(const Node& n) {
    std::string out;
    for (const Node& c : n.children) out += inline_text(c, 1);
    return out;
  }

  std::string inline_text(const Node& n, int depth) {
    if (depth > kMaxDepth) {
      throw PlainlyError(ExitCode::BadInput, "The document is nested too deeply to write as text.");
    }
    switch (n.kind) {
      case NodeKind::Text: {
        std::string t = n.text;
        for (char& c : t) {
          if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        }
        return t;
      }
      case NodeKind::LineBreak:
        return "\n";
      case NodeKind::Image:
        return n.alt;
      case NodeKind::Link: {
        std::string text;
        for (const Node& c : n.children) text += inline_text(c, depth + 1);
        if (text.empty()) return shown_address(n.url);
        if (bare_address(text) == bare_address(n.url)) return text;
        return text + " (" + shown_address(n.url) + ")";
      }
      default: {
        std::string out;
        for (const Node& c : n.children) out += inline_text(c, depth + 1);
        return out;
      }
    }
  }

  static Lines split_lines(const std::string& text) {
    Lines lines;
    size_t start = 0;
    while (true) {
      size_t nl = text.find('\n', start);
      lines.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    return lines;
  }

  static void append(Lines& to, Lines from) {
    for (auto& l : from) to.push_back(std::move(l));
  }

  TextWords words_;
};

// No trailing spaces on any line; exactly one newline at the end.
std::string tidy(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 1);
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string::npos ? text.size() : nl;
    size_t last = end;
    while (last > start && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
    out.append(text, start, last - start);
    if (nl == std::string::npos) break;
    out += '\n';
    start = nl + 1;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  if (!out.empty()) out += '\n';
  return out;
}

}  // namespace

std::string write_text(const Node& doc, const WriterOptions& options) {
  TextWriter writer(load_text_words(options));
  return to_nfc(tidy(writer.document(doc)));
}

}  // namespace plainly
