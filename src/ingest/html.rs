//! Reading saved news pages: metadata about the article and its text as blocks.
//!
//! The page is tokenized with `html5gum` (WHATWG-conformant, decodes entities)
//! and walked once with a lightweight element stack instead of a full tree
//! builder. That keeps the pass linear and panic-free on tag soup, at the cost
//! of not reproducing every browser repair of mis-nested markup.

use std::borrow::Cow;
use std::collections::HashMap;
use std::mem;

use html5gum::{DefaultEmitter, Span, StartTag, Token, Tokenizer};
use serde_json::{Map, Value};

/// What an HTML page says about the article it carries, and its text as blocks.
///
/// Each field takes the first source present, in the order listed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlArticle {
    /// og:title, twitter:title, JSON-LD headline, `<title>`. A `<title>` loses
    /// a trailing " | Site" or " - Site" part when that part is the site name.
    pub title: Option<String>,
    /// Meta author, article:author (unless a URL), JSON-LD author names, the
    /// text of a `rel="author"` or byline/author-class element.
    pub byline: Option<String>,
    /// article:published_time, og:published_time, meta date/pubdate/
    /// publish-date/dc.date/dc.date.issued, itemprop=datePublished, JSON-LD
    /// datePublished, the first `<time datetime>` in the article. Raw, trimmed.
    pub published: Option<String>,
    /// `<link rel=canonical>`, og:url; absolute http(s) URLs only.
    pub url: Option<String>,
    /// og:site_name, JSON-LD publisher name.
    pub site_name: Option<String>,
    /// `<html lang>`.
    pub language: Option<String>,
    /// Visible text in document order, boilerplate included but marked.
    pub blocks: Vec<HtmlBlock>,
}

/// One block of visible text.
#[derive(Debug, Clone, PartialEq)]
pub struct HtmlBlock {
    /// Decoded text with whitespace runs collapsed to one space, trimmed; never empty.
    pub text: String,
    pub kind: BlockKind,
    /// How many chars of `text` were inside `<a>` elements.
    pub link_chars: usize,
    /// 1-based input line where the block's text starts.
    pub line: usize,
    /// Inside `<article>`, `<main>`, `role="main"` or `itemprop="articleBody"`.
    pub in_main: bool,
    /// Why the block is boilerplate by structure (nav, footer, comments, …),
    /// if it is. Such blocks are still returned so callers can report them.
    pub dropped: Option<&'static str>,
}

/// What kind of element a block's text sits in (the innermost one counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading(u8),
    ListItem,
    Quote,
    Preformatted,
    Caption,
}

/// Extracts metadata and text blocks from an HTML page. Never panics.
pub fn extract_article(html: &str) -> HtmlArticle {
    // A BOM would otherwise surface as a one-character text block.
    let html = html.strip_prefix('\u{feff}').unwrap_or(html);
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // Without a tree builder the tokenizer cannot know that <script>, <style>
    // or <title> hold raw text; the naive switch covers exactly those.
    emitter.naively_switch_states(true);
    let mut extractor = Extractor::new(html);
    // Reading from a &str cannot fail, so flattening loses nothing.
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        extractor.token(token);
    }
    extractor.finish()
}

// ---------------------------------------------------------------------------
// The single pass over the tokens
// ---------------------------------------------------------------------------

// Element sets, as space-separated names to keep them readable.

/// Elements whose text is never shown.
const HIDDEN: &str = "script style noscript template svg math iframe object canvas select \
    option button input textarea head title audio video noembed noframes";

/// Elements that never have content, so never go on the stack.
const VOID: &str = "area base br col embed hr img input link meta param source track wbr";

/// Elements whose start and end separate blocks of text.
const BLOCK_LEVEL: &str = "p div section article main header footer nav aside h1 h2 h3 h4 h5 \
    h6 ul ol li dl dt dd blockquote pre table tr td th figure figcaption hr br form address \
    details summary body caption fieldset legend center";

/// Elements allowed in `<head>`; any other start tag implicitly closes it.
const HEAD_CONTENT: &str = "base link meta noscript script style template title";

fn in_set(set: &str, name: &str) -> bool {
    set.split_ascii_whitespace().any(|member| member == name)
}

fn is_foreign_root(name: &str) -> bool {
    matches!(name, "svg" | "math")
}

/// A byline element with more text than this is an author biography.
const MAX_BYLINE_CHARS: usize = 100;

struct Extractor<'a> {
    html: &'a str,
    lines: LineCounter<'a>,
    stack: ElementStack,
    block: BlockBuilder,
    blocks: Vec<HtmlBlock>,
    meta: Metadata,
    /// Text of the open `<title>` or JSON-LD `<script>`.
    raw_text: String,
    byline: Option<BylineCapture>,
}

impl<'a> Extractor<'a> {
    fn new(html: &'a str) -> Self {
        Extractor {
            html,
            lines: LineCounter::new(html),
            stack: ElementStack::default(),
            block: BlockBuilder::default(),
            blocks: Vec::new(),
            meta: Metadata::default(),
            raw_text: String::new(),
            byline: None,
        }
    }

    fn token(&mut self, token: Token<usize>) {
        match token {
            Token::StartTag(tag) => self.start_tag(&tag),
            Token::EndTag(tag) => self.end_tag(&String::from_utf8_lossy(&tag.name)),
            Token::String(text) => self.text(&text.value, text.span),
            // Comments (including CDATA in HTML content), doctypes and parse
            // errors carry no article text.
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }

    fn start_tag(&mut self, tag: &StartTag<usize>) {
        let name = String::from_utf8_lossy(&tag.name).into_owned();
        let attrs = Attrs(tag);
        if !in_set(HEAD_CONTENT, &name) {
            self.close_through("head");
        }
        let parent = self.stack.ctx();
        self.read_tag_metadata(&name, &attrs, parent);
        if in_set(BLOCK_LEVEL, &name) {
            self.flush_block();
        }
        // Inside svg/math a trailing slash really closes the element.
        let foreign_closed = tag.self_closing && (parent.foreign || is_foreign_root(&name));
        if in_set(VOID, &name) || foreign_closed {
            return;
        }
        let ctx = child_ctx(parent, &name, &attrs);
        let raw = self.raw_kind(&name, &attrs, parent);
        if raw.is_some() {
            self.raw_text.clear();
        }
        self.maybe_capture_byline(&attrs, ctx);
        self.stack.push(Open { name, ctx, raw });
    }

    fn end_tag(&mut self, name: &str) {
        if in_set(BLOCK_LEVEL, name) {
            self.flush_block();
        }
        self.close_through(name);
    }

    fn text(&mut self, value: &[u8], span: Span<usize>) {
        let text = String::from_utf8_lossy(value);
        if self.stack.top_raw().is_some() {
            self.raw_text.push_str(&text);
            return;
        }
        let ctx = self.stack.ctx();
        if ctx.hidden {
            return;
        }
        if let Some(capture) = &mut self.byline {
            capture.push_text(&text);
        }
        if text.chars().any(|c| !c.is_whitespace()) {
            // Text styled differently from the block so far (say, an inline
            // ad inside a paragraph) must not inherit the block's verdict.
            if self.block.style != ctx.style {
                self.flush_block();
            }
            if self.block.is_empty() {
                let offset = first_visible_offset(self.html, span);
                self.block.start(ctx.style, self.lines.line_at(offset));
            }
        }
        self.block.push_text(&text, ctx.in_link);
    }

    fn finish(mut self) -> HtmlArticle {
        self.flush_block();
        let popped = self.stack.pop_all();
        self.close(popped);
        self.meta.into_article(self.blocks)
    }

    fn flush_block(&mut self) {
        if let Some(block) = self.block.take() {
            self.blocks.push(block);
        }
    }

    fn close_through(&mut self, name: &str) {
        let popped = self.stack.pop_through(name);
        self.close(popped);
    }

    /// Finishes what the popped elements were collecting.
    fn close(&mut self, popped: Vec<Open>) {
        for open in popped {
            match open.raw {
                Some(Raw::Title) => {
                    let title = collapse_ws(&mem::take(&mut self.raw_text));
                    self.meta.title_tag = Some(title).filter(|t| !t.is_empty());
                }
                Some(Raw::JsonLd) => read_json_ld(&mem::take(&mut self.raw_text), &mut self.meta),
                None => {}
            }
        }
        let depth = self.stack.len();
        if self.byline.as_mut().is_some_and(|c| c.close_to(depth)) {
            self.finish_byline();
        }
    }

    fn raw_kind(&self, name: &str, attrs: &Attrs, parent: Ctx) -> Option<Raw> {
        match name {
            // An svg <title> is a tooltip, not the page title.
            "title" if !parent.foreign && self.meta.title_tag.is_none() => Some(Raw::Title),
            "script" if attrs.get("type").is_some_and(|t| is_json_ld_type(&t)) => Some(Raw::JsonLd),
            _ => None,
        }
    }

    fn read_tag_metadata(&mut self, name: &str, attrs: &Attrs, parent: Ctx) {
        match name {
            "html" => self
                .meta
                .language
                .offer(0, &attrs.get("lang").unwrap_or_default()),
            "meta" => self.meta.read_meta(attrs),
            "link" => self.meta.read_link(attrs),
            "time" if parent.style.in_main && parent.style.dropped.is_none() => {
                let datetime = attrs.get("datetime").unwrap_or_default();
                self.meta.published.offer(5, &datetime);
            }
            _ => {}
        }
        if attrs.has_token("itemprop", "datePublished") {
            let date = attrs.get("content").or_else(|| attrs.get("datetime"));
            self.meta.published.offer(3, &date.unwrap_or_default());
        }
    }

    fn maybe_capture_byline(&mut self, attrs: &Attrs, ctx: Ctx) {
        // Element bylines rank last, so any earlier find makes them moot.
        if !self.meta.byline.is_empty() || ctx.hidden || ctx.style.dropped.is_some() {
            return;
        }
        let Some(role) = byline_role(attrs) else {
            return;
        };
        let depth = self.stack.len();
        match &mut self.byline {
            None => self.byline = Some(BylineCapture::new(depth)),
            Some(capture) if role == BylineRole::Author && capture.name.is_none() => {
                capture.name = Some((depth, String::new()));
            }
            Some(_) => {}
        }
    }

    fn finish_byline(&mut self) {
        if let Some(byline) = self.byline.take().and_then(BylineCapture::byline) {
            self.meta.byline.offer(3, &byline);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BylineRole {
    /// Holds the byline, maybe with more (a date, "By").
    Container,
    /// Holds an author's name.
    Author,
}

fn byline_role(attrs: &Attrs) -> Option<BylineRole> {
    let class = attrs.get("class").unwrap_or_default().to_ascii_lowercase();
    if attrs.has_token("rel", "author") || class.contains("author") {
        Some(BylineRole::Author)
    } else if class.contains("byline") {
        Some(BylineRole::Container)
    } else {
        None
    }
}

/// Byline text collected from a candidate element while it is open.
struct BylineCapture {
    /// Stack length before the element was pushed; the element is closed
    /// once the stack is this short again.
    depth: usize,
    text: String,
    /// An author element open inside it: depth (as above) and text.
    name: Option<(usize, String)>,
    /// Names from finished author elements inside it. They beat its whole
    /// text, which often adds a date ("By Jane Doe · 1 May").
    names: Vec<String>,
}

impl BylineCapture {
    fn new(depth: usize) -> Self {
        BylineCapture {
            depth,
            text: String::new(),
            name: None,
            names: Vec::new(),
        }
    }

    fn push_text(&mut self, text: &str) {
        self.text.push_str(text);
        if let Some((_, name)) = &mut self.name {
            name.push_str(text);
        }
    }

    /// Notes that the stack shrank to `depth`; true once the element is closed.
    fn close_to(&mut self, depth: usize) -> bool {
        if let Some((_, name)) = self.name.take_if(|(open, _)| depth <= *open) {
            let name = strip_by(collapse_ws(&name));
            if !name.is_empty() {
                self.names.push(name);
            }
        }
        depth <= self.depth
    }

    fn byline(self) -> Option<String> {
        let byline = if self.names.is_empty() {
            strip_by(collapse_ws(&self.text))
        } else {
            self.names.join(", ")
        };
        (byline.chars().count() <= MAX_BYLINE_CHARS).then_some(byline)
    }
}

/// "By Jane Doe" → "Jane Doe".
fn strip_by(text: String) -> String {
    match strip_prefix_ignore_case(&text, "by ") {
        Some(name) => name.to_string(),
        None => text,
    }
}

fn is_json_ld_type(value: &str) -> bool {
    value.trim().eq_ignore_ascii_case("application/ld+json")
}

/// Attribute lookups on a start tag (names are lowercased by the tokenizer).
struct Attrs<'t>(&'t StartTag<usize>);

impl Attrs<'_> {
    fn get(&self, name: &str) -> Option<Cow<'_, str>> {
        let value = self.0.attributes.get(name.as_bytes())?;
        Some(String::from_utf8_lossy(&value.value))
    }

    /// Whether a space-separated attribute such as `rel` lists `token`.
    fn has_token(&self, name: &str, token: &str) -> bool {
        self.get(name).is_some_and(|value| {
            value
                .split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case(token))
        })
    }
}

// ---------------------------------------------------------------------------
// Element stack and the context each element passes to its content
// ---------------------------------------------------------------------------

/// The properties a block takes from where its text sits.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct BlockStyle {
    kind: Option<BlockKind>,
    in_main: bool,
    dropped: Option<&'static str>,
}

/// Everything text needs to know about its ancestors, computed once per push.
#[derive(Debug, Clone, Copy, Default)]
struct Ctx {
    style: BlockStyle,
    hidden: bool,
    /// Inside svg or math.
    foreign: bool,
    in_link: bool,
    /// Innermost reason from an element that is boilerplate by what it is
    /// (nav, aside, …) rather than by its class; see `child_ctx`.
    structural_drop: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Raw {
    Title,
    JsonLd,
}

struct Open {
    name: String,
    ctx: Ctx,
    /// Set when the element's text is collected for metadata.
    raw: Option<Raw>,
}

/// The open elements, with per-name counts so that a stray end tag costs
/// O(1) instead of a scan of a possibly huge stack of unclosed elements.
#[derive(Default)]
struct ElementStack {
    open: Vec<Open>,
    counts: HashMap<String, usize>,
}

impl ElementStack {
    fn len(&self) -> usize {
        self.open.len()
    }

    fn ctx(&self) -> Ctx {
        self.open.last().map(|open| open.ctx).unwrap_or_default()
    }

    fn top_raw(&self) -> Option<Raw> {
        self.open.last().and_then(|open| open.raw)
    }

    fn push(&mut self, open: Open) {
        *self.counts.entry(open.name.clone()).or_default() += 1;
        self.open.push(open);
    }

    /// Pops down to and including the innermost open `name`, if there is one.
    fn pop_through(&mut self, name: &str) -> Vec<Open> {
        if self.counts.get(name).is_none_or(|&count| count == 0) {
            return Vec::new();
        }
        match self.open.iter().rposition(|open| open.name == name) {
            Some(index) => self.split_off(index),
            None => Vec::new(),
        }
    }

    fn pop_all(&mut self) -> Vec<Open> {
        self.split_off(0)
    }

    fn split_off(&mut self, index: usize) -> Vec<Open> {
        let popped = self.open.split_off(index);
        for open in &popped {
            if let Some(count) = self.counts.get_mut(&open.name) {
                *count = count.saturating_sub(1);
            }
        }
        popped
    }
}

fn child_ctx(parent: Ctx, name: &str, attrs: &Attrs) -> Ctx {
    let mut ctx = parent;
    ctx.hidden |= in_set(HIDDEN, name);
    ctx.foreign |= is_foreign_root(name);
    ctx.in_link |= name == "a";
    if let Some(kind) = block_kind(name) {
        ctx.style.kind = Some(kind);
    }
    let main_region = is_main_region(name, attrs);
    if main_region && !parent.style.in_main {
        // Page-wide wrappers (<div id="content-sidebar-wrap">, an ASP.NET
        // <form>) often enclose the whole article, so entering the article
        // forgets class-based verdicts. A real <nav> or <aside> around it is
        // kept: teaser cards are often <article>s.
        ctx.style.dropped = parent.structural_drop;
        ctx.style.in_main = true;
    }
    if let Some(reason) = structural_drop(name, attrs, parent.style.in_main) {
        ctx.style.dropped = Some(reason);
        ctx.structural_drop = Some(reason);
    } else if let Some(reason) = soft_drop(name, attrs, main_region) {
        ctx.style.dropped = Some(reason);
    }
    ctx
}

fn block_kind(name: &str) -> Option<BlockKind> {
    Some(match name {
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" => BlockKind::Heading(4),
        "h5" => BlockKind::Heading(5),
        "h6" => BlockKind::Heading(6),
        "li" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Preformatted,
        "figcaption" => BlockKind::Caption,
        _ => return None,
    })
}

fn is_main_region(name: &str, attrs: &Attrs) -> bool {
    matches!(name, "article" | "main")
        || attrs.has_token("role", "main")
        || attrs.has_token("itemprop", "articleBody")
}

/// Boilerplate by element or ARIA role.
fn structural_drop(name: &str, attrs: &Attrs, in_main: bool) -> Option<&'static str> {
    let role = attrs.get("role").unwrap_or_default().to_ascii_lowercase();
    match (name, role.trim()) {
        ("nav", _) | (_, "navigation") => Some("navigation"),
        ("footer", _) | (_, "contentinfo") => Some("footer"),
        ("aside", _) | (_, "complementary") => Some("aside"),
        // An article's own header holds its headline and byline.
        ("header", _) | (_, "banner") if !in_main => Some("page header"),
        _ => None,
    }
}

/// Boilerplate by `<form>` or by class/id words.
fn soft_drop(name: &str, attrs: &Attrs, main_region: bool) -> Option<&'static str> {
    if name == "form" {
        return Some("form");
    }
    // Body classes describe the page layout ("has-sidebar"), not the content.
    if main_region || matches!(name, "html" | "body") {
        return None;
    }
    ["class", "id"]
        .iter()
        .filter_map(|attr| attrs.get(attr))
        .find_map(|value| boilerplate_reason(&value))
}

// ---------------------------------------------------------------------------
// Boilerplate class and id names
// ---------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum Match {
    /// The last keyword part must equal a word.
    Word,
    /// The last keyword part may start a longer word ("comment" in "comments").
    Prefix,
}

/// Keywords as their hyphen-separated parts, how to match them, and the reason.
const BOILERPLATE: &[(&[&str], Match, &str)] = &[
    (&["comment"], Match::Prefix, "comments"),
    (&["disqus"], Match::Prefix, "comments"),
    (&["share"], Match::Prefix, "share widget"),
    (&["sharing"], Match::Prefix, "share widget"),
    (&["social"], Match::Prefix, "share widget"),
    (&["related"], Match::Prefix, "related links"),
    (&["recommended"], Match::Prefix, "related links"),
    (&["popular"], Match::Prefix, "related links"),
    (&["most", "read"], Match::Prefix, "related links"),
    (&["newsletter"], Match::Prefix, "newsletter signup"),
    (&["subscribe"], Match::Prefix, "newsletter signup"),
    (&["subscription"], Match::Prefix, "newsletter signup"),
    (&["signup"], Match::Prefix, "newsletter signup"),
    (&["paywall"], Match::Prefix, "paywall"),
    (&["advert"], Match::Prefix, "advertising"),
    (&["ads"], Match::Prefix, "advertising"),
    // Also covers "ad-slot"; a prefix would catch "address" and "admin".
    (&["ad"], Match::Word, "advertising"),
    (&["promo"], Match::Prefix, "promotion"),
    (&["sidebar"], Match::Prefix, "sidebar"),
    (&["menu"], Match::Prefix, "menu"),
    (&["breadcrumb"], Match::Prefix, "breadcrumbs"),
    (&["cookie"], Match::Prefix, "cookie notice"),
    (&["tags"], Match::Word, "tags"),
    (&["tag", "list"], Match::Prefix, "tags"),
];

/// Words that a prefix keyword would match but that name content.
const CONTENT_WORDS: &[&str] = &["commentary", "commentator", "shared"];

/// The boilerplate reason for a class or id attribute value, if any.
fn boilerplate_reason(value: &str) -> Option<&'static str> {
    value.split_ascii_whitespace().find_map(|token| {
        let token = token.to_ascii_lowercase();
        let words: Vec<&str> = token.split(['-', '_']).collect();
        BOILERPLATE
            .iter()
            .find(|(keyword, mode, _)| keyword_matches(&words, keyword, *mode))
            .map(|(_, _, reason)| *reason)
    })
}

fn keyword_matches(words: &[&str], keyword: &[&str], mode: Match) -> bool {
    let Some((last, init)) = keyword.split_last() else {
        return false;
    };
    words.windows(keyword.len()).any(|window| {
        let Some((word, before)) = window.split_last() else {
            return false;
        };
        before == init
            && match mode {
                Match::Word => word == last,
                Match::Prefix => word.starts_with(last) && !CONTENT_WORDS.contains(word),
            }
    })
}

// ---------------------------------------------------------------------------
// Text blocks
// ---------------------------------------------------------------------------

/// The block being accumulated, with whitespace collapsed on the fly.
#[derive(Default)]
struct BlockBuilder {
    text: String,
    link_chars: usize,
    line: usize,
    style: BlockStyle,
    /// A whitespace run not yet written out; `Some(true)` if it began inside a
    /// link. It is only written when more text follows, which trims the block.
    pending_space: Option<bool>,
}

impl BlockBuilder {
    fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    fn start(&mut self, style: BlockStyle, line: usize) {
        self.style = style;
        self.line = line;
    }

    fn push_text(&mut self, text: &str, in_link: bool) {
        for c in text.chars() {
            if c.is_whitespace() {
                self.pending_space.get_or_insert(in_link);
                continue;
            }
            // Leading whitespace is never written, which trims the block.
            let space = self.pending_space.take().filter(|_| !self.text.is_empty());
            if let Some(space_in_link) = space {
                self.text.push(' ');
                self.link_chars += usize::from(space_in_link);
            }
            self.text.push(c);
            self.link_chars += usize::from(in_link);
        }
    }

    /// The finished block, if it has text; the builder is reset either way.
    fn take(&mut self) -> Option<HtmlBlock> {
        let block = mem::take(self);
        (!block.text.is_empty()).then(|| HtmlBlock {
            text: block.text,
            kind: block.style.kind.unwrap_or(BlockKind::Paragraph),
            link_chars: block.link_chars,
            line: block.line,
            in_main: block.style.in_main,
            dropped: block.style.dropped,
        })
    }
}

/// Byte offset of the first non-whitespace character of a text token.
fn first_visible_offset(html: &str, span: Span<usize>) -> usize {
    html.get(span.start..span.end)
        .and_then(|text| text.char_indices().find(|(_, c)| !c.is_whitespace()))
        .map_or(span.start, |(index, _)| span.start + index)
}

/// Line numbers for byte offsets, counted incrementally because offsets
/// only grow during the pass.
pub(crate) struct LineCounter<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    pub(crate) fn new(html: &'a str) -> Self {
        LineCounter {
            bytes: html.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    pub(crate) fn line_at(&mut self, offset: usize) -> usize {
        let skipped = self.bytes.get(self.offset..offset).unwrap_or_default();
        self.line += skipped.iter().filter(|&&b| b == b'\n').count();
        self.offset = self.offset.max(offset.min(self.bytes.len()));
        self.line
    }
}

// ---------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------

/// The best value seen so far for one field: lower rank wins, and among
/// equal ranks the first one found.
#[derive(Default)]
struct Ranked(Option<(u8, String)>);

impl Ranked {
    /// Values are one line: a line break (say in a `<link href>` or `<html lang>`) would be
    /// written to the source file's front matter as a multi-line string.
    fn offer(&mut self, rank: u8, value: &str) {
        let value = collapse_ws(value);
        if !value.is_empty() && self.0.as_ref().is_none_or(|(best, _)| rank < *best) {
            self.0 = Some((rank, value));
        }
    }

    fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    fn into_value(self) -> Option<String> {
        self.0.map(|(_, value)| value)
    }
}

/// Candidates for each field. Ranks follow the preference order documented
/// on `HtmlArticle`; `<title>` is kept apart because stripping its site
/// suffix needs the final site name.
#[derive(Default)]
struct Metadata {
    title: Ranked,
    title_tag: Option<String>,
    byline: Ranked,
    published: Ranked,
    url: Ranked,
    site_name: Ranked,
    language: Ranked,
}

impl Metadata {
    fn read_meta(&mut self, attrs: &Attrs) {
        let content = attrs.get("content").unwrap_or_default();
        let text = collapse_ws(&content);
        // Sites mix up `property` and `name`, and some set both.
        for key in ["property", "name"] {
            let key = attrs
                .get(key)
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase();
            match key.as_str() {
                "og:title" => self.title.offer(0, &text),
                "twitter:title" => self.title.offer(1, &text),
                "author" => self.byline.offer(0, &text),
                "article:author" if !is_http_url(&text) => self.byline.offer(1, &text),
                "article:published_time" => self.published.offer(0, &content),
                "og:published_time" => self.published.offer(1, &content),
                "date" | "pubdate" | "publish-date" | "dc.date" | "dc.date.issued" => {
                    self.published.offer(2, &content)
                }
                "og:url" if is_http_url(&text) => self.url.offer(1, &text),
                "og:site_name" => self.site_name.offer(0, &text),
                _ => {}
            }
        }
    }

    fn read_link(&mut self, attrs: &Attrs) {
        let href = attrs.get("href").unwrap_or_default();
        if attrs.has_token("rel", "canonical") && is_http_url(&href) {
            self.url.offer(0, &href);
        }
    }

    /// A schema.org article object found in JSON-LD.
    fn read_json_ld_article(&mut self, article: &Map<String, Value>) {
        let text = |key: &str| article.get(key).and_then(Value::as_str).map(collapse_ws);
        self.title.offer(2, &text("headline").unwrap_or_default());
        let authors = article.get("author").map(author_names).unwrap_or_default();
        self.byline.offer(2, &authors.join(", "));
        let published = article.get("datePublished").and_then(Value::as_str);
        self.published.offer(4, published.unwrap_or_default());
        let publisher = article.get("publisher").and_then(|p| p.get("name"));
        let publisher = publisher.and_then(Value::as_str).map(collapse_ws);
        self.site_name.offer(1, &publisher.unwrap_or_default());
    }

    fn into_article(self, blocks: Vec<HtmlBlock>) -> HtmlArticle {
        let site_name = self.site_name.into_value();
        let title_tag = self
            .title_tag
            .map(|title| strip_site_suffix(title, site_name.as_deref()));
        HtmlArticle {
            title: self.title.into_value().or(title_tag),
            byline: self.byline.into_value(),
            published: self.published.into_value(),
            url: self.url.into_value(),
            site_name,
            language: self.language.into_value(),
            blocks,
        }
    }
}

/// Reads article metadata from a JSON-LD script; invalid JSON is ignored
/// because pages often carry broken or templated snippets.
fn read_json_ld(raw: &str, meta: &mut Metadata) {
    if let Ok(value) = serde_json::from_str::<Value>(raw) {
        visit_json_ld(&value, meta);
    }
}

/// Recursion is bounded by serde_json's own nesting limit.
fn visit_json_ld(value: &Value, meta: &mut Metadata) {
    match value {
        Value::Array(items) => items.iter().for_each(|item| visit_json_ld(item, meta)),
        Value::Object(object) => {
            if let Some(graph) = object.get("@graph") {
                visit_json_ld(graph, meta);
            }
            if object.get("@type").is_some_and(is_article_type) {
                meta.read_json_ld_article(object);
            }
        }
        _ => {}
    }
}

fn is_article_type(value: &Value) -> bool {
    // Suffix matching covers NewsArticle, ReportageNewsArticle, LiveBlogPosting,
    // and prefixed forms such as "schema:Article".
    let is_article = |name: &str| name.ends_with("Article") || name.ends_with("BlogPosting");
    match value {
        Value::String(name) => is_article(name),
        Value::Array(names) => names.iter().filter_map(Value::as_str).any(is_article),
        _ => false,
    }
}

/// Author names from a string, a Person-like object, or an array of those.
fn author_names(value: &Value) -> Vec<String> {
    let names = match value {
        Value::String(name) => vec![collapse_ws(name)],
        Value::Object(person) => person
            .get("name")
            .and_then(Value::as_str)
            .map(collapse_ws)
            .into_iter()
            .collect(),
        Value::Array(items) => items.iter().flat_map(author_names).collect(),
        _ => Vec::new(),
    };
    names.into_iter().filter(|name| !name.is_empty()).collect()
}

/// Drops a trailing " | Site" (or " - Site", or en/em dash) naming the site.
fn strip_site_suffix(title: String, site_name: Option<&str>) -> String {
    let Some(site) = site_name.map(str::to_lowercase) else {
        return title;
    };
    let stripped = [" | ", " - ", " – ", " — "].iter().find_map(|separator| {
        let (head, tail) = title.rsplit_once(separator)?;
        let names_site = tail.trim().to_lowercase() == site && !head.trim().is_empty();
        names_site.then(|| head.trim().to_string())
    });
    stripped.unwrap_or(title)
}

// ---------------------------------------------------------------------------
// Small string helpers
// ---------------------------------------------------------------------------

fn collapse_ws(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_http_url(value: &str) -> bool {
    crate::text::url::is_http_url(value.trim_start())
}

fn strip_prefix_ignore_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    let rest = text.get(prefix.len()..)?;
    head.eq_ignore_ascii_case(prefix).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(article: &HtmlArticle) -> Vec<&str> {
        article.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    fn block<'a>(article: &'a HtmlArticle, text: &str) -> &'a HtmlBlock {
        let found = article.blocks.iter().find(|b| b.text == text);
        found.unwrap_or_else(|| panic!("no block {text:?} in {:?}", texts(article)))
    }

    #[test]
    fn metadata_from_meta_tags() {
        let page = r#"<!DOCTYPE html><html lang="en-GB"><head>
            <title>Ignored | Example Gazette</title>
            <meta property="og:title" content="  Harbour  bridge reopens ">
            <meta name="twitter:title" content="Second choice">
            <meta name="author" content="Jane Doe">
            <meta property="article:published_time" content=" 2024-03-01T10:00:00Z ">
            <meta name="date" content="2024-02-02">
            <meta property="og:site_name" content="Example Gazette">
            <link rel="canonical" href="https://example.org/bridge">
            <meta property="og:url" content="https://example.org/other">
            </head><body><p>Text</p></body></html>"#;
        let article = extract_article(page);
        assert_eq!(article.title.as_deref(), Some("Harbour bridge reopens"));
        assert_eq!(article.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(article.published.as_deref(), Some("2024-03-01T10:00:00Z"));
        assert_eq!(article.url.as_deref(), Some("https://example.org/bridge"));
        assert_eq!(article.site_name.as_deref(), Some("Example Gazette"));
        assert_eq!(article.language.as_deref(), Some("en-GB"));
        assert_eq!(texts(&article), ["Text"]);
    }

    #[test]
    fn metadata_values_are_one_line() {
        let page = "<html lang=\"en\n+++\n\"><link rel=canonical href=\"https://a.org/\n+++\nb\">";
        let article = extract_article(page);
        assert_eq!(article.language.as_deref(), Some("en +++"));
        assert_eq!(article.url.as_deref(), Some("https://a.org/ +++ b"));
    }

    #[test]
    fn metadata_fallbacks_between_meta_tags() {
        let page = r#"<head>
            <meta name="twitter:title" content="Twitter title">
            <meta property="article:author" content="https://social.example/jane">
            <meta property="article:author" content="Jane Doe">
            <meta name="DC.date.issued" content="2024-05-06">
            <link rel="canonical" href="/relative/path">
            <meta property="og:url" content="http://example.org/a">
            </head>"#;
        let article = extract_article(page);
        assert_eq!(article.title.as_deref(), Some("Twitter title"));
        assert_eq!(article.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(article.published.as_deref(), Some("2024-05-06"));
        assert_eq!(article.url.as_deref(), Some("http://example.org/a"));
    }

    #[test]
    fn non_http_urls_are_ignored() {
        let page = r#"<link rel="canonical" href="javascript:alert(1)">
            <meta property="og:url" content="ftp://example.org/">"#;
        assert_eq!(extract_article(page).url, None);
    }

    #[test]
    fn metadata_from_json_ld_graph_with_author_array() {
        let page = r#"<html><head>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "Not this"},
                {"@type": "NewsArticle", "headline": "Council  approves budget",
                 "author": [{"@type": "Person", "name": "Ann Lee"}, "Bo Chen"],
                 "datePublished": "2024-04-01T08:00:00+02:00",
                 "publisher": {"@type": "Organization", "name": "Valley Times"}}
            ]}
            </script></head><body><p>Body</p></body></html>"#;
        let article = extract_article(page);
        assert_eq!(article.title.as_deref(), Some("Council approves budget"));
        assert_eq!(article.byline.as_deref(), Some("Ann Lee, Bo Chen"));
        assert_eq!(
            article.published.as_deref(),
            Some("2024-04-01T08:00:00+02:00")
        );
        assert_eq!(article.site_name.as_deref(), Some("Valley Times"));
        assert_eq!(texts(&article), ["Body"]);
    }

    #[test]
    fn json_ld_in_arrays_with_type_arrays_and_object_author() {
        let page = r#"<script type="application/ld+json">
            [{"@type": "BreadcrumbList"},
             {"@type": ["ReportageNewsArticle"], "headline": "Flood waters recede",
              "author": {"@type": "Person", "name": "Kim Ito"}}]
            </script>"#;
        let article = extract_article(page);
        assert_eq!(article.title.as_deref(), Some("Flood waters recede"));
        assert_eq!(article.byline.as_deref(), Some("Kim Ito"));
    }

    #[test]
    fn invalid_json_ld_is_ignored() {
        let page = r#"<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <script type="application/ld+json">{"@type": "BlogPosting", "headline": "Valid"}</script>"#;
        let article = extract_article(page);
        assert_eq!(article.title.as_deref(), Some("Valid"));
        assert!(article.blocks.is_empty());
    }

    #[test]
    fn meta_tags_beat_json_ld() {
        let page = r#"<meta property="og:title" content="From meta">
            <script type="application/ld+json">{"@type": "Article", "headline": "From JSON"}</script>"#;
        assert_eq!(extract_article(page).title.as_deref(), Some("From meta"));
    }

    #[test]
    fn title_tag_loses_site_suffix_only_when_it_names_the_site() {
        let page = r#"<title>Market opens late | Example Gazette</title>
            <meta property="og:site_name" content="Example Gazette">"#;
        let article = extract_article(page);
        assert_eq!(article.title.as_deref(), Some("Market opens late"));

        let dash = r#"<title>Market opens late - example gazette</title>
            <meta property="og:site_name" content="Example Gazette">"#;
        assert_eq!(
            extract_article(dash).title.as_deref(),
            Some("Market opens late")
        );

        let other = r#"<title>Pros - Cons | Another Site</title>
            <meta property="og:site_name" content="Example Gazette">"#;
        assert_eq!(
            extract_article(other).title.as_deref(),
            Some("Pros - Cons | Another Site")
        );

        let no_site = "<title>Plain | Suffix</title>";
        assert_eq!(
            extract_article(no_site).title.as_deref(),
            Some("Plain | Suffix")
        );
    }

    #[test]
    fn svg_title_is_not_the_page_title() {
        let page = "<body><svg><title>Icon</title></svg><p>Text</p></body>";
        let article = extract_article(page);
        assert_eq!(article.title, None);
        assert_eq!(texts(&article), ["Text"]);
    }

    #[test]
    fn in_main_marks_article_regions() {
        let page = r#"<body><p>Outside</p>
            <article><p>In article</p></article>
            <main><p>In main</p></main>
            <div role="main"><p>In role main</p></div>
            <div itemprop="articleBody"><p>In body</p></div>
            <p>After</p></body>"#;
        let article = extract_article(page);
        let in_main: Vec<(&str, bool)> = article
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.in_main))
            .collect();
        assert_eq!(
            in_main,
            [
                ("Outside", false),
                ("In article", true),
                ("In main", true),
                ("In role main", true),
                ("In body", true),
                ("After", false)
            ]
        );
    }

    #[test]
    fn structural_boilerplate_is_dropped_with_reasons() {
        let page = r#"<body>
            <header><p>Site banner</p></header>
            <nav><ul><li>Home</li></ul></nav>
            <article>
              <header><h1>Headline</h1></header>
              <p>Story text.</p>
              <aside><p>Fact box</p></aside>
              <form><p>Email us</p></form>
            </article>
            <footer><p>Copyright</p></footer>
            </body>"#;
        let article = extract_article(page);
        assert_eq!(block(&article, "Site banner").dropped, Some("page header"));
        assert_eq!(block(&article, "Home").dropped, Some("navigation"));
        assert_eq!(block(&article, "Headline").dropped, None);
        assert_eq!(block(&article, "Story text.").dropped, None);
        assert_eq!(block(&article, "Fact box").dropped, Some("aside"));
        assert_eq!(block(&article, "Email us").dropped, Some("form"));
        assert_eq!(block(&article, "Copyright").dropped, Some("footer"));
    }

    #[test]
    fn class_and_id_boilerplate_is_dropped_with_reasons() {
        let page = r#"<article class="story promo">
            <p>Story text.</p>
            <div class="share-buttons"><p>Share this</p></div>
            <section id="comments"><p>First!</p></section>
            <div class="c-related_links"><p>More stories</p></div>
            <div class="ad-slot top"><p>Buy now</p></div>
            <div class="NewsletterSignup"><p>Sign up</p></div>
            <div class="box most-read-list"><p>Popular thing</p></div>
            <div class="commentary"><p>Analysis paragraph.</p></div>
            <div class="address"><p>12 Main Street</p></div>
            </article>"#;
        let article = extract_article(page);
        assert_eq!(block(&article, "Story text.").dropped, None);
        assert_eq!(block(&article, "Share this").dropped, Some("share widget"));
        assert_eq!(block(&article, "First!").dropped, Some("comments"));
        assert_eq!(
            block(&article, "More stories").dropped,
            Some("related links")
        );
        assert_eq!(block(&article, "Buy now").dropped, Some("advertising"));
        assert_eq!(
            block(&article, "Sign up").dropped,
            Some("newsletter signup")
        );
        assert_eq!(
            block(&article, "Popular thing").dropped,
            Some("related links")
        );
        assert_eq!(block(&article, "Analysis paragraph.").dropped, None);
        assert_eq!(block(&article, "12 Main Street").dropped, None);
        assert!(article.blocks.iter().all(|b| b.in_main));
    }

    #[test]
    fn innermost_reason_wins() {
        let page = r#"<nav><div class="menu"><p>Sections</p></div><p>Skip</p></nav>"#;
        let article = extract_article(page);
        assert_eq!(block(&article, "Sections").dropped, Some("menu"));
        assert_eq!(block(&article, "Skip").dropped, Some("navigation"));
    }

    #[test]
    fn layout_wrappers_do_not_drop_the_article() {
        let page = r#"<body class="single has-sidebar">
            <div id="content-sidebar-wrap"><main><p>Story text.</p></main>
            <div class="widget"><p>Widget</p></div></div>
            <aside><article><p>Teaser</p></article></aside>
            </body>"#;
        let article = extract_article(page);
        assert_eq!(block(&article, "Story text.").dropped, None);
        assert_eq!(block(&article, "Widget").dropped, Some("sidebar"));
        assert_eq!(block(&article, "Teaser").dropped, Some("aside"));
    }

    #[test]
    fn teasers_inside_the_main_region_stay_dropped() {
        let page = r#"<main><article><p>Story text.</p></article>
            <div class="related-stories"><article><h3>Teaser</h3></article></div></main>"#;
        let article = extract_article(page);
        assert_eq!(block(&article, "Story text.").dropped, None);
        assert_eq!(block(&article, "Teaser").dropped, Some("related links"));
    }

    #[test]
    fn aria_roles_count_as_structure() {
        let page = r#"<div role="navigation"><p>Links</p></div>
            <div role="contentinfo"><p>Legal</p></div>"#;
        let article = extract_article(page);
        assert_eq!(block(&article, "Links").dropped, Some("navigation"));
        assert_eq!(block(&article, "Legal").dropped, Some("footer"));
    }

    #[test]
    fn inline_boilerplate_splits_its_paragraph() {
        let page = r#"<p>Before <span class="advert">Ad text</span> after.</p>"#;
        let article = extract_article(page);
        assert_eq!(texts(&article), ["Before", "Ad text", "after."]);
        assert_eq!(block(&article, "Ad text").dropped, Some("advertising"));
        assert_eq!(block(&article, "after.").dropped, None);
    }

    #[test]
    fn block_kinds() {
        let page = r#"<article><h1>Title</h1><h3>Sub</h3>
            <ul><li>One</li><li><p>Two</p></li></ul>
            <blockquote><p>Quoted words</p></blockquote>
            <pre>let x =
    1;</pre>
            <figure><img src="a.jpg" alt="ignored"><figcaption>A photo</figcaption></figure>
            <p>Plain</p></article>"#;
        let article = extract_article(page);
        let kinds: Vec<(&str, BlockKind)> = article
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("Title", BlockKind::Heading(1)),
                ("Sub", BlockKind::Heading(3)),
                ("One", BlockKind::ListItem),
                ("Two", BlockKind::ListItem),
                ("Quoted words", BlockKind::Quote),
                ("let x = 1;", BlockKind::Preformatted),
                ("A photo", BlockKind::Caption),
                ("Plain", BlockKind::Paragraph),
            ]
        );
        assert_eq!(block(&article, "A photo").dropped, None);
    }

    #[test]
    fn inline_tags_keep_source_spacing() {
        let article = extract_article("<p>a<b>b</b>c</p><p>a <b>b</b> c</p><p>x<i> y </i>z</p>");
        assert_eq!(texts(&article), ["abc", "a b c", "x y z"]);
    }

    #[test]
    fn whitespace_and_entities_are_normalised() {
        let page = "<p>\n\t Fish&nbsp;&amp;\u{a0}chips \n  &lt;today&gt;\r\n</p>";
        assert_eq!(texts(&extract_article(page)), ["Fish & chips <today>"]);
    }

    #[test]
    fn br_and_hr_end_blocks() {
        let page = "<p>Line one<br>Line two<hr>Line three</p>";
        assert_eq!(
            texts(&extract_article(page)),
            ["Line one", "Line two", "Line three"]
        );
    }

    #[test]
    fn link_chars_count_text_inside_links() {
        let page = r#"<p><a href="/a">Alpha</a> | <a href="/b">Beta two</a></p>
            <p>Read <a href="/c">the report</a> today.</p>"#;
        let article = extract_article(page);
        let list = block(&article, "Alpha | Beta two");
        assert_eq!(list.link_chars, "AlphaBeta two".chars().count());
        let prose = block(&article, "Read the report today.");
        assert_eq!(prose.link_chars, "the report".len());
    }

    #[test]
    fn line_numbers_point_at_first_text() {
        let page = "<html>\n<body>\n<p>\n  First</p>\r\n<p>Sec<b>ond</b>\n</p><p>&amp; third</p>\n\n<div>\nFourth</div>";
        let article = extract_article(page);
        let lines: Vec<(&str, usize)> = article
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.line))
            .collect();
        assert_eq!(
            lines,
            [("First", 4), ("Second", 5), ("& third", 6), ("Fourth", 9)]
        );
    }

    #[test]
    fn byline_from_elements() {
        let page = r#"<article><div class="article-byline">By  Sam Roe</div><p>Text</p></article>"#;
        assert_eq!(extract_article(page).byline.as_deref(), Some("Sam Roe"));

        let rel = r#"<p>Words by <a rel="author" href="/sam">Sam Roe</a></p>"#;
        assert_eq!(extract_article(rel).byline.as_deref(), Some("Sam Roe"));

        let in_comments =
            r#"<div class="comments"><span class="comment-author">troll99</span></div>"#;
        assert_eq!(extract_article(in_comments).byline, None);

        let container = r#"<p class="byline">Von <a rel="author" href="/a">Ana Ruiz</a>
            und <span class="author-name">Li Wei</span> · <time>1. Mai</time></p>"#;
        assert_eq!(
            extract_article(container).byline.as_deref(),
            Some("Ana Ruiz, Li Wei")
        );

        let bio = format!(r#"<div class="author-bio">{}</div>"#, "Writer. ".repeat(30));
        assert_eq!(extract_article(&bio).byline, None);
    }

    #[test]
    fn published_from_itemprop_and_time() {
        let itemprop = r#"<span itemprop="datePublished" content="2024-01-02">2 Jan</span>"#;
        assert_eq!(
            extract_article(itemprop).published.as_deref(),
            Some("2024-01-02")
        );

        let time = r#"<time datetime="1999-01-01">old</time>
            <article><p><time datetime=" 2024-06-07T09:00 ">7 June</time></p>
            <time datetime="2024-06-08">later</time></article>"#;
        let article = extract_article(time);
        assert_eq!(article.published.as_deref(), Some("2024-06-07T09:00"));
        assert_eq!(texts(&article), ["old", "7 June", "later"]);
    }

    #[test]
    fn malformed_html_is_tolerated() {
        let page = "<!doctype html><HTML><BODY><DIV CLASS=share><P>Share</DIV>\
            <p>One<p>Two</span></em><ul><li>A<li>B</ul>\
            <![CDATA[hidden]]><!-- a comment --><custom-tag>Custom</custom-tag>\
            </div></div><p>Three";
        let article = extract_article(page);
        assert_eq!(
            texts(&article),
            ["Share", "One", "Two", "A", "B", "Custom", "Three"]
        );
        assert_eq!(block(&article, "Share").dropped, Some("share widget"));
        assert_eq!(block(&article, "Three").dropped, None);
    }

    #[test]
    fn head_without_end_tag_does_not_hide_the_body() {
        let page = "<html><head><title>T</title><meta charset=utf-8><p>Visible</p>";
        let article = extract_article(page);
        assert_eq!(article.title.as_deref(), Some("T"));
        assert_eq!(texts(&article), ["Visible"]);
    }

    #[test]
    fn self_closing_svg_does_not_hide_the_rest() {
        let page = r#"<p>Icon <svg/> here</p><p>Next<svg><path d="M0"/></svg></p>"#;
        assert_eq!(texts(&extract_article(page)), ["Icon here", "Next"]);
    }

    #[test]
    fn truncated_input_at_every_position() {
        let page = r#"<html lang="en"><head><title>Café | Site</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>
            </head><body><article class="x"><h1>Head&amp;line</h1>
            <p>Text <a href="/x">link</a> — more.</p><!-- note --></article></body></html>"#;
        for (end, _) in page.char_indices() {
            let article = extract_article(&page[..end]);
            assert!(article.blocks.iter().all(|b| !b.text.is_empty()));
            assert!(article
                .blocks
                .iter()
                .all(|b| !b.text.contains("NewsArticle")));
        }
        let whole = extract_article(page);
        assert_eq!(whole.title.as_deref(), Some("H"));
        assert_eq!(texts(&whole), ["Head&line", "Text link — more."]);
    }

    #[test]
    fn hostile_content_yields_no_script_text() {
        let page = r#"<body><script>alert(1)</script>
            <style>p { color: red }</style>
            <noscript><p>Enable JS</p></noscript>
            <p><img src=x onerror="alert(2)"><a href="javascript:alert(3)">click</a></p>
            <template><p>tmpl</p></template><iframe src="x">frame</iframe>
            <select><option>opt</option></select><button>btn</button>
            <textarea>ta</textarea></body>"#;
        let article = extract_article(page);
        assert_eq!(texts(&article), ["click"]);
        let click = block(&article, "click");
        assert_eq!(click.link_chars, 5);
        assert_eq!(click.kind, BlockKind::Paragraph);
    }

    #[test]
    fn script_with_markup_inside_is_skipped_whole() {
        let page = r#"<p>Before</p><script>var s = "<p>not text</p>";</script><p>After</p>"#;
        assert_eq!(texts(&extract_article(page)), ["Before", "After"]);
    }

    #[test]
    fn empty_and_non_html_input() {
        assert_eq!(extract_article(""), HtmlArticle::default());
        assert_eq!(extract_article("  \n "), HtmlArticle::default());
        let plain = extract_article("\u{feff}just some words\nand more");
        assert_eq!(texts(&plain), ["just some words and more"]);
        assert_eq!(plain.blocks[0].line, 1);
        let binary = extract_article("\0\u{1}<<>>&&#xFFFFFF;</>");
        assert!(binary.blocks.iter().all(|b| !b.text.trim().is_empty()));
    }

    #[test]
    fn random_tag_soup_keeps_block_invariants() {
        const PIECES: &[&str] = &[
            "<p>",
            "</p>",
            "<div class=share>",
            "</div>",
            "<a href=x>",
            "</a>",
            "<script>",
            "</script>",
            "<title>",
            "</title>",
            "<svg/>",
            "<svg>",
            "</svg>",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "&amp;",
            "&",
            "<",
            ">",
            "\"",
            "'",
            "=",
            "word ",
            "\n",
            "é",
            "<br>",
            "<article>",
            "</article>",
            "<li>",
            "<head>",
            "<body>",
            "<nav>",
            "<script type=application/ld+json>",
            "{\"@type\":\"Article\",\"headline\":",
            "\"H\"}",
            "<time datetime=1>",
            "<meta property=og:title content=",
            "<span class=byline>",
            "</span>",
            "\u{a0}",
        ];
        let mut rng = crate::text::fuzz::Lcg(42);
        for _ in 0..500 {
            let mut page = String::new();
            for _ in 0..60 {
                page.push_str(PIECES[rng.below(PIECES.len())]);
            }
            let last_line = page.matches('\n').count() + 1;
            for block in extract_article(&page).blocks {
                assert!(!block.text.is_empty(), "{page:?}");
                assert_eq!(block.text, collapse_ws(&block.text), "{page:?}");
                assert!(block.link_chars <= block.text.chars().count(), "{page:?}");
                assert!((1..=last_line).contains(&block.line), "{page:?}");
            }
        }
    }

    #[test]
    fn deep_and_unbalanced_markup_stays_fast() {
        let mut page = "<p>x<div><span>".repeat(50_000);
        page.push_str(&"</nope>".repeat(50_000));
        page.push_str(&"</div>".repeat(50_000));
        let article = extract_article(&page);
        assert_eq!(article.blocks.len(), 50_000);
    }

    #[test]
    fn keyword_matching_respects_word_boundaries() {
        assert_eq!(boilerplate_reason("post-comments"), Some("comments"));
        assert_eq!(boilerplate_reason("ad"), Some("advertising"));
        assert_eq!(boilerplate_reason("tag-list-wrap"), Some("tags"));
        assert_eq!(boilerplate_reason("Breadcrumbs"), Some("breadcrumbs"));
        assert_eq!(boilerplate_reason("shadow loaded"), None);
        assert_eq!(boilerplate_reason("headline"), None);
        assert_eq!(boilerplate_reason("tagline"), None);
        assert_eq!(boilerplate_reason("shared-layout"), None);
    }
}
