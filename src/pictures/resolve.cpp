// Turn "picture:CONCEPT" and "picture:auto" Image urls into real files with alt text.
#include <algorithm>
#include <map>

#include "core/error.hpp"
#include "core/spellcheck.hpp"
#include "pictures/pictures.hpp"

namespace plainly {

namespace {

const std::string kPrefix = "picture:";

struct Resolver {
  const PictureLibrary& lib;
  std::string source;  // the Markdown's name, for where a picture is named; may be empty
  std::vector<Diagnostic> problems;
  std::map<std::string, std::string> checked;  // file -> problem ("" = fine), checked once
  std::vector<std::string> built_in;  // alt text of each built-in picture used, once each
  std::vector<std::string> own;       // alt text of each of an organisation's own pictures used

  void problem(const std::string& file, const std::string& id, const std::string& message,
               const std::string& example = {}, SourcePos pos = {}) {
    Diagnostic d;
    d.file = file;
    d.pos = pos;
    d.message = "picture '" + id + "': " + message;
    d.example = example;
    problems.push_back(std::move(d));
  }

  const std::string& file_problem(const std::string& file) {
    auto it = checked.find(file);
    if (it == checked.end()) it = checked.emplace(file, picture_file_problem(file)).first;
    return it->second;
  }

  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const Picture& p : lib.pictures()) out.push_back(p.id);
    return out;
  }

  // Where the template named the picture, when we know; else the picture list itself.
  void at_use(const Node& img, const std::string& id, const std::string& message,
              const std::string& example) {
    if (source.empty()) return problem(lib.list_file(), id, message, example);
    problem(source, id, message, example, img.pos);
  }

  void unknown(const Node& img, const std::string& id) {
    std::string hint = closest_match(id, ids());
    std::string message = "this picture is not in the list.";
    if (!hint.empty()) message += " Did you mean '" + hint + "'?";
    at_use(img, id, message, "Use an id from " + lib.list_file() + ", or picture:auto to let plainly choose.");
  }

  void image(Node& img, const std::string& words) {
    if (img.url.rfind(kPrefix, 0) != 0) {  // a file named directly: it still needs alt text
      if (img.alt.empty())
        at_use(img, img.url, "this picture has no alternative text.", "Write it in [...], for example ![Our logo](" + img.url + ").");
      return;
    }
    std::string id = img.url.substr(kPrefix.size());
    if (id == "auto") id = lib.choose(words);
    const Picture* pic = id.empty() ? nullptr : lib.find(id);
    if (!pic) return unknown(img, id);
    if (const std::string& why = file_problem(pic->file); !why.empty())
      return problem(pic->file, id, why);
    if (img.alt.empty() && pic->alt.empty())
      return at_use(img, id, "this picture has no alternative text.",
                    "Give it in the template, for example ![Our logo](picture:" + id + ").");
    img.url = pic->file;
    img.text = pic->id;
    if (img.alt.empty() || pic->own_alt) img.alt = pic->alt;
    std::vector<std::string>& used = pic->from_user ? own : built_in;
    if (std::find(used.begin(), used.end(), img.alt) == used.end()) used.push_back(img.alt);
  }

  // Easy read puts the key words in bold, so bold words count twice for picture:auto.
  static void add_bold(const Node& n, std::string& out) {
    if (n.kind == NodeKind::Strong) out += "\n" + plain_text(n);
    for (const Node& c : n.children) add_bold(c, out);
  }

  // `words`: the sentences of the row or paragraph this node is in, for picture:auto.
  void walk(Node& n, const std::string& words) {
    std::string here = words;
    if (n.kind == NodeKind::EasyReadRow) {
      here.clear();
      for (const Node& c : n.children)
        if (c.kind != NodeKind::Image) here += plain_text(c) + "\n";
      add_bold(n, here);
    } else if (n.kind == NodeKind::Paragraph && words.empty()) {
      here = plain_text(n);
      add_bold(n, here);
    }
    if (n.kind == NodeKind::Image) image(n, here);
    for (Node& c : n.children) walk(c, here);
  }
};

bool links_to(const Node& n, const std::string& url) {
  if (n.kind == NodeKind::Link && n.url == url) return true;
  return std::any_of(n.children.begin(), n.children.end(), [&](const Node& c) { return links_to(c, url); });
}

// The credits section: the heading before the first block that links to `link`, to the
// next heading of the same or a higher level. {begin, block with the link, end}; begin ==
// end when there is none.
struct Section {
  size_t begin = 0, link = 0, end = 0;
};

Section credits_section(const Node& doc, const std::string& link) {
  const auto& blocks = doc.children;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!links_to(blocks[i], link)) continue;
    size_t begin = i;
    while (begin > 0 && blocks[begin].kind != NodeKind::Heading) --begin;
    if (blocks[begin].kind != NodeKind::Heading) return {};
    size_t end = begin + 1;
    while (end < blocks.size() &&
           !(blocks[end].kind == NodeKind::Heading && blocks[end].level <= blocks[begin].level))
      ++end;
    return {begin, i, end};
  }
  return {};
}

Node text_paragraph(const std::string& text) {
  Node p = make_node(NodeKind::Paragraph);
  p.append(make_node(NodeKind::Text, text));
  return p;
}

// Credit the built-in pictures only where they are used (see resolve_pictures): when none
// is, take out the paragraph that links to them (and its heading, if that leaves it
// empty; an organisation's own credit in the same section stays); when some pictures are
// an organisation's own, name the shorter of the two lists.
void fit_credits(Node& doc, const PictureLibrary& lib, const std::vector<std::string>& built_in,
                 const std::vector<std::string>& own) {
  if (lib.credits_link().empty() || (own.empty() && !built_in.empty())) return;
  Section s = credits_section(doc, lib.credits_link());
  if (s.begin == s.end) return;
  auto& blocks = doc.children;
  if (built_in.empty()) {  // the paragraph with the link goes; the heading too if nothing else is left
    blocks.erase(blocks.begin() + static_cast<long>(s.link));
    if (s.end - s.begin == 2) blocks.erase(blocks.begin() + static_cast<long>(s.begin));
    return;
  }
  const bool name_built_in = built_in.size() <= own.size();
  Node list = make_node(NodeKind::List);
  for (const std::string& alt : name_built_in ? built_in : own)
    list.append(make_node(NodeKind::ListItem)).append(text_paragraph(alt));
  auto at = blocks.begin() + static_cast<long>(s.link) + 1;
  at = blocks.insert(at, text_paragraph(name_built_in ? lib.credits_only_these() : lib.credits_not_these()));
  blocks.insert(at + 1, std::move(list));
}

}  // namespace

void resolve_pictures(Node& doc, const PictureLibrary& lib, const std::string& source_name) {
  Resolver r{lib, source_name, {}, {}, {}, {}};
  r.walk(doc, "");
  if (r.problems.empty()) return fit_credits(doc, lib, r.built_in, r.own);
  throw PlainlyError(ExitCode::BadInput,
                     "A picture could not be used. Fix the picture named above, or choose "
                     "another, then try again.",
                     std::move(r.problems));
}

}  // namespace plainly
