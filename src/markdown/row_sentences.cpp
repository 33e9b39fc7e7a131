// One sentence a line in easy-read rows (see row_sentences.hpp).
#include "markdown/row_sentences.hpp"

#include <string>
#include <utility>
#include <vector>

#include "check/segmenter.hpp"

namespace plainly {
namespace {

// The paragraph's text as the segmenter sees it, and where each top-level child starts.
struct FlatText {
  std::string text;
  std::vector<size_t> starts;  // one per child
};

FlatText flatten(const Node& paragraph) {
  FlatText flat;
  for (const Node& child : paragraph.children) {
    flat.starts.push_back(flat.text.size());
    if (child.kind == NodeKind::Text) {
      flat.text += child.text;
    } else if (child.kind == NodeKind::Image) {
      flat.text += child.alt.empty() ? "picture" : child.alt;
    } else if (child.kind == NodeKind::LineBreak) {
      flat.text += ' ';
    } else {
      flat.text += plain_text(child);
    }
  }
  return flat;
}

void trim_front(std::string& s) { s.erase(0, s.find_first_not_of(" \t")); }

void trim_back(std::string& s) {
  size_t last = s.find_last_not_of(" \t");
  s.erase(last == std::string::npos ? 0 : last + 1);
}

// Drop spaces at the edges of a sentence, and Text children left empty.
void tidy(Node& sentence) {
  auto& kids = sentence.children;
  if (!kids.empty() && kids.front().kind == NodeKind::Text) trim_front(kids.front().text);
  if (!kids.empty() && kids.back().kind == NodeKind::Text) trim_back(kids.back().text);
  std::erase_if(kids, [](const Node& k) { return k.kind == NodeKind::Text && k.text.empty(); });
}

// Most lines are one sentence: only text with a full stop, question or exclamation mark
// before more words can be two.
bool may_hold_two_sentences(const std::string& text) {
  size_t last = text.find_last_not_of(" \t\"')");
  if (last == std::string::npos) return false;
  size_t end_mark = text.find_first_of(".?!");
  return end_mark < last;
}

// Where the sentences after the first begin, as (child, byte offset in that child's text).
// A start inside a non-Text child is skipped: that sentence stays joined to the one before.
std::vector<std::pair<size_t, size_t>> cut_points(const Node& paragraph) {
  FlatText flat = flatten(paragraph);
  std::vector<std::pair<size_t, size_t>> cuts;
  if (!may_hold_two_sentences(flat.text)) return cuts;
  thread_local Segmenter segmenter;  // ICU iterators are costly to open: one per thread
  std::vector<Sentence> sentences = segmenter.segment(flat.text);
  for (size_t s = 1; s < sentences.size(); ++s) {
    size_t at = sentences[s].begin;
    size_t child = 0;
    while (child + 1 < flat.starts.size() && flat.starts[child + 1] <= at) ++child;
    size_t offset = at - flat.starts[child];
    if (offset == 0 && child > 0) {
      cuts.emplace_back(child, 0);
    } else if (paragraph.children[child].kind == NodeKind::Text) {
      cuts.emplace_back(child, offset);
    }
  }
  return cuts;
}

std::vector<Node> split_paragraph(Node paragraph) {
  std::vector<std::pair<size_t, size_t>> cuts = cut_points(paragraph);
  std::vector<Node> out;
  if (cuts.empty()) {
    out.push_back(std::move(paragraph));
    return out;
  }
  Node current = make_node(NodeKind::Paragraph);
  current.pos = paragraph.pos;
  size_t next_cut = 0;
  for (size_t i = 0; i < paragraph.children.size(); ++i) {
    Node child = std::move(paragraph.children[i]);
    size_t taken = 0;  // bytes of this Text child already placed
    while (next_cut < cuts.size() && cuts[next_cut].first == i) {
      size_t at = cuts[next_cut++].second;
      if (at > taken) {
        Node part = make_node(NodeKind::Text, child.text.substr(taken, at - taken));
        part.pos = child.pos;
        current.append(std::move(part));
      }
      taken = at;
      tidy(current);
      if (!current.children.empty()) out.push_back(std::move(current));
      current = make_node(NodeKind::Paragraph);
      current.pos = child.pos;
    }
    if (taken > 0) child.text.erase(0, taken);
    current.append(std::move(child));
  }
  tidy(current);
  if (!current.children.empty()) out.push_back(std::move(current));
  return out;
}

}  // namespace

void split_row_sentences(Node& row) {
  std::vector<Node> kids;
  kids.reserve(row.children.size());
  for (Node& child : row.children) {
    if (child.kind != NodeKind::Paragraph) {
      kids.push_back(std::move(child));
      continue;
    }
    for (Node& sentence : split_paragraph(std::move(child))) kids.push_back(std::move(sentence));
  }
  row.children = std::move(kids);
}

}  // namespace plainly
