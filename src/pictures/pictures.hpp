#pragma once
// Easy-read pictures: the locale's concept list (locales/<locale>/pictures.yaml), the
// picture files (templates/pictures/, or an organisation's own folder), and the step that
// turns "picture:CONCEPT" and "picture:auto" Image urls into real files with alt text.

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/node.hpp"

namespace plainly {

struct Definitions;
struct PictureChoice;

/// One picture concept, e.g. "money".
struct Picture {
  std::string id;                     ///< concept id, e.g. "money"
  std::string file;                   ///< absolute path of the PNG or JPEG to use
  std::string alt;                    ///< what the picture means, in plain words; may be empty
                                      ///< only for a user's own picture not in the list
  std::vector<std::string> keywords;  ///< words for picture:auto, as written in the list
  bool from_user = false;             ///< true when the file comes from a user's folder or override
  /// true when `alt` was given with a user's picture (set_picture): it describes that very
  /// picture, so it wins over the alt text a template wrote for the built-in one.
  bool own_alt = false;
};

/// The pictures for one locale. Loaded once per run; all const members are safe to call
/// from many threads at once. `set_picture` is for setting up, before any reads.
class PictureLibrary {
 public:
  /// The concept `id`, or nullptr if there is none.
  const Picture* find(const std::string& id) const;

  /// Every concept, in the order of the list (then user-only pictures, sorted by id).
  const std::vector<Picture>& pictures() const { return pictures_; }

  /// The concept used by picture:auto when no keyword matches (e.g. "information").
  const std::string& default_concept() const { return default_; }

  /// The locale's concept list file (for messages).
  const std::string& list_file() const { return list_file_; }

  /// The address the easy-read credits section links to (the list's `credits.link`, e.g.
  /// https://openmoji.org); "" when the list has no credits.
  const std::string& credits_link() const { return credits_link_; }

  /// The sentence before the list of built-in pictures a document uses, when some of its
  /// pictures are an organisation's own (the list's `credits.only_these`).
  const std::string& credits_only_these() const { return credits_only_these_; }

  /// The sentence before the list of an organisation's own pictures a document uses, when
  /// that list is the shorter one (the list's `credits.not_these`).
  const std::string& credits_not_these() const { return credits_not_these_; }

  /// Choose a concept for `words` (the sentences of a row): the concept with the highest
  /// score, then the one matched earliest in the text, then the first in the list. Each
  /// time a keyword appears it scores its number of words, doubled for a concept's first
  /// keyword (its main word). Returns default_concept() when no keyword matches.
  std::string choose(const std::string& words) const;

  /// Use the picture at `path` for concept `id` (a per-item override, e.g. from a
  /// definition). A new `id` needs `alt`; for a known one an empty `alt` keeps the list's
  /// (and a template's), while a given `alt` is used even where a template wrote its own.
  /// The file is checked when it is used, by resolve_pictures.
  void set_picture(const std::string& id, const std::string& path, const std::string& alt = {});

 private:
  friend PictureLibrary load_picture_library(const std::string&, const std::vector<std::string>&);
  struct Keyword {
    std::vector<std::string> words;  ///< normalised words of one keyword
    size_t picture = 0;              ///< index into pictures_
    size_t weight = 1;               ///< 2 for the concept's first keyword
  };
  void add(Picture p);
  void index_keywords(size_t picture);

  std::vector<Picture> pictures_;
  std::unordered_map<std::string, size_t> by_id_;
  std::vector<Keyword> keywords_;
  std::string default_;
  std::string list_file_;
  std::string credits_link_;
  std::string credits_only_these_;
  std::string credits_not_these_;
};

/// Load the locale's concept list; `user_dirs` are organisations' own picture folders
/// (a file named CONCEPT.png/.jpg/.jpeg there overrides the built-in picture; the first
/// folder wins). A picture in a user folder that is not in the list becomes a concept of
/// its own (templates must then give its alt text). Throws PlainlyError (exit 2) naming the
/// file when the list is missing or malformed, or a user folder does not exist.
PictureLibrary load_picture_library(const std::string& locale,
                                    const std::vector<std::string>& user_dirs = {});

/// The file a definition's picture choice names, as an absolute path: a relative path is
/// taken from the folder the definitions file is in.
std::string definition_picture_path(const Definitions& d, const PictureChoice& choice);

/// Use the pictures chosen in the definitions file (`pictures:`). They win over the
/// built-in pictures and over a user's picture folder: a picture chosen for one project is
/// more specific than a whole library. Alt text given there replaces the concept's.
/// Files are checked by validate() and again when a document uses them.
void use_definition_pictures(PictureLibrary& lib, const Definitions& d);

/// Replace every Image url "picture:CONCEPT" or "picture:auto" in the tree with a real
/// file path and ensure alt is set (concept alt unless the template gave one); the Image's
/// `text` becomes the concept id (so the .md writer can name its copy of the picture).
/// Then the credits section (the section that links to lib.credits_link()) is fitted to
/// the pictures used: taken out when none of them is built in; when some are an
/// organisation's own, it names by alt text either the built-in ones or the own ones,
/// whichever list is shorter.
/// picture:auto chooses from the words of the row (or paragraph) the image is in.
/// Unknown concept, missing or unreadable file (PNG/JPEG signature checked): PlainlyError
/// exit 2 naming the concept and file; every problem in the tree is reported at once.
/// An image that names a file directly is left as it is, but must have alt text.
/// `source_name` (optional) is the Markdown's name as shown to users, e.g.
/// "templates/advert/easy-read.md.mustache (as rendered)": an unknown concept or missing alt
/// text is then reported there, at the image's line and column (else in the picture list).
void resolve_pictures(Node& doc, const PictureLibrary& lib, const std::string& source_name = {});

/// Words normalised for keyword matching: lower case, split at anything that is not a
/// letter, digit, apostrophe or "£" (so "step-free" is "step", "free"), and simple English
/// plurals made singular ("buses" -> "bus", "receipts" -> "receipt", "parties" -> "party").
std::vector<std::string> picture_words(const std::string& text);

/// Where a Markdown file refers to a picture it shows: "pictures/CONCEPT.png" (the
/// concept id made safe for a file name, and the file's own extension), or
/// "pictures/NAME" for an image named by file with no concept. A web address stays as it is.
std::string portable_picture_path(const Node& image);

/// One picture to copy beside a Markdown file.
struct PictureCopy {
  std::string source;       ///< the picture file now (absolute)
  std::string destination;  ///< where the copy goes: the .md file's folder + portable path
};

/// Every picture `doc` shows, once each, with where its copy goes beside `markdown_path`.
/// Two different files that would get the same name: PlainlyError (exit 2) naming both.
std::vector<PictureCopy> markdown_picture_copies(const Node& doc, const std::string& markdown_path);

/// Copies the pictures of many .md files, each picture once per folder, from many threads
/// at once (`plainly make` uses one per run).
class MarkdownPictureCopier {
 public:
  /// Write the copies `doc`'s pictures need beside `markdown_path` that no earlier call
  /// wrote, through `write(path, bytes)` (which should write atomically). A picture whose
  /// write throws is not counted as written, and the exception is passed on. Two different
  /// files for one destination: PlainlyError (exit 2).
  void copy(const Node& doc, const std::string& markdown_path,
            const std::function<void(const std::string& path, const std::string& bytes)>& write);

  /// The copies written so far, sorted by path.
  std::vector<std::string> written() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::string> done_;  // destination -> source
};

/// What is wrong with the picture file at `path`, in plain words ("" when it is a
/// readable PNG or JPEG file).
std::string picture_file_problem(const std::string& path);

}  // namespace plainly
