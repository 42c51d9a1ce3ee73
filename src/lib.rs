//! sourcebook: a static research-site generator in which every claim is cited to the exact
//! passage of its archived source. A build is one pipeline, a folder per stage:
//! load (`load`) → analyse (`analyse`) → resolve (`briefing`) → render (`render`) → emit
//! (`emit`); the `add` verb (`ingest`) writes the sources that `load` reads. Below them all
//! sit the shared types (`model`) and language knowledge (`text`); the other verbs (`verbs`)
//! sit on top, and `serve` (the preview server) above them all. See ARCHITECTURE.md.

pub mod analyse;
pub mod briefing;
pub mod emit;
pub mod error;
pub mod ingest;
pub mod load;
pub mod model;
pub mod rebuild;
pub mod render;
pub mod serve;
pub mod text;
pub mod verbs;

use analyse::cache::CacheReport;
use error::{Error, Location, Result, Warning};
use load::project;
use std::path::{Path, PathBuf};
use verbs::{linkcheck, suggest};

/// What a build produced.
#[derive(Debug)]
pub struct BuildReport {
    pub out: PathBuf,
    pub files: usize,
    pub sources: usize,
    pub claims: usize,
    pub actors: usize,
    /// Problems the build went on with.
    pub warnings: Vec<Warning>,
    /// What the build cache did; `None` when it was not used (`--no-cache`).
    pub cache: Option<CacheReport>,
    /// Nothing changed since the last build into `out`, which still holds what it wrote:
    /// nothing was resolved, rendered or written, and the figures are that build's.
    pub up_to_date: bool,
}

impl BuildReport {
    /// The report of a build summed up by `summary`, with the warnings of this run added.
    fn of(
        out: PathBuf,
        summary: rebuild::Summary,
        this_run: impl IntoIterator<Item = Warning>,
        cache: Option<CacheReport>,
        up_to_date: bool,
    ) -> Self {
        let mut warnings = summary.warnings;
        warnings.extend(this_run);
        BuildReport {
            out,
            files: summary.files,
            sources: summary.sources,
            claims: summary.claims,
            actors: summary.actors,
            warnings,
            cache,
            up_to_date,
        }
    }
}

/// Whether a build reuses the analyses stored in the project's build cache and stores new ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheMode {
    Use,
    /// Neither read nor written: a clean run.
    Ignore,
}

/// What a check found.
#[derive(Debug)]
pub struct CheckReport {
    /// Every problem, one line each.
    pub problems: Vec<String>,
    /// What the build cache did; `None` when it was not used.
    pub cache: Option<CacheReport>,
}

/// Caps glibc's malloc at two arenas, for the process to call before it starts threads.
/// glibc gives each thread that meets a locked arena one of its own, up to eight per core, and
/// memory freed in one arena serves only that arena: the analysis threads' scratch then stays
/// resident beside the briefing the main thread builds. Two arenas for two busy threads cost
/// no measurable CPU and lowered a 2,000-source build's peak RSS by an eighth (see
/// BENCHMARKS.md). Elsewhere a no-op.
pub fn limit_allocator_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tunable; M_ARENA_MAX takes any positive count.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Hands the pages malloc holds free back to the system (glibc's `malloc_trim`): called where
/// a stage's scratch has just been freed, so that it does not count towards the peak that the
/// next stage's allocations, served from other arenas, make. Elsewhere a no-op.
fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages; no pointer is touched.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Analyses and resolves a loaded project: everything but rendering.
pub fn brief(project: project::Project) -> Result<briefing::Briefing> {
    brief_cached(project, CacheMode::Ignore).map(|(briefing, _)| briefing)
}

/// `brief`, with the analyses taken from and stored in the build cache as `mode` says.
pub fn brief_cached(
    project: project::Project,
    mode: CacheMode,
) -> Result<(briefing::Briefing, Option<CacheReport>)> {
    let (analyses, readings, cache) = match mode {
        CacheMode::Use => {
            let (analyses, mut report) =
                analyse::cache::analyse_all_cached(&project.files, &project.sources)?;
            let readings = briefing::events::reading_cache::read_texts_cached(
                &project.files,
                &project.sources,
                &analyses,
                &mut report,
            )?;
            (analyses, readings, Some(report))
        }
        CacheMode::Ignore => {
            let analyses = analyse::analyse_all(&project.sources);
            let readings = briefing::events::read_texts(&project.sources, &analyses);
            (analyses, readings, None)
        }
    };
    release_free_memory();
    let briefing = briefing::resolve(project, analyses, readings)?;
    release_free_memory();
    Ok((briefing, cache))
}

/// Builds the project at `root` into `out` (default: its build-dir).
/// An `out` given by the user may be anywhere; the default, build-dir, must resolve inside
/// the project. Either way only a folder sourcebook built (or an empty one) is replaced.
/// Through the cache, a build that finds nothing changed writes nothing, and pages rendered
/// from what they were rendered from last time are carried over (`rebuild`).
pub fn build(root: &Path, out: Option<&Path>, mode: CacheMode) -> Result<BuildReport> {
    let (files, config) = project::Project::open(root)?;
    let out = match out {
        Some(out) => out.to_path_buf(),
        None => {
            let out = root.join(&config.build.build_dir);
            files.check_folder(&out)?;
            out
        }
    };
    check_output_folder(root, &root.join(&config.build.content_dir), &out)?;
    let prepared = emit::prepare(&out)?;
    let previous = match mode {
        CacheMode::Use => Some(rebuild::Previous::read(&files, &config, &out)?),
        CacheMode::Ignore => None,
    };
    if let Some(stamp) = previous.as_ref().and_then(rebuild::Previous::unchanged) {
        if emit::holds(&out, stamp.written())? {
            return Ok(BuildReport::of(
                out,
                stamp.summary.clone(),
                prepared.warnings,
                Some(CacheReport::default()),
                true,
            ));
        }
    }

    let project = project::Project::load(root)?;
    let templates = render::Templates::load(&project.files)?;
    let (briefing, mut cache) = brief_cached(project, mode)?;
    let earlier = previous.as_ref().map(rebuild::Previous::earlier_pages);
    let highlighted = highlighted_originals(&files, &briefing, &mut cache)?;
    // Each file goes into the staging folder as it is made; an error drops the staging folder
    // and leaves the previous site as it was.
    let staging = emit::Staging::begin(&out)?;
    let rendered = render::render(
        &briefing,
        &templates,
        &highlighted,
        earlier.as_ref().map(|e| e as &dyn render::EarlierPages),
        &staging,
    )?;
    let emitted = staging.finish()?;
    let summary = rebuild::Summary {
        files: rendered.files,
        sources: briefing.sources.len(),
        claims: briefing.claims().count(),
        actors: briefing.actors.actors.len(),
        warnings: briefing.warnings(),
    };
    if let (Some(previous), Some(report)) = (previous, cache.as_mut()) {
        if previous.has_site() {
            report.carried_over = Some((rendered.carried_over, rendered.page_keys.len()));
        }
        report.notes.extend(previous.notes.iter().cloned());
        let failed = previous.stamp(&files, summary.clone(), emitted.written, rendered.page_keys);
        report.notes.extend(failed);
    }
    let warnings = prepared.warnings.into_iter().chain(emitted.warnings);
    Ok(BuildReport::of(out, summary, warnings, cache, false))
}

/// The output folder is replaced whole, so it must not hold the project or its content.
fn check_output_folder(root: &Path, content: &Path, out: &Path) -> Result<()> {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let out_abs = absolute(out);
    let root = absolute(root);
    let content = absolute(content);
    if root.starts_with(&out_abs) || content.starts_with(&out_abs) || out_abs.starts_with(&content)
    {
        return Err(Error::input(
            Location::file(out),
            "the output folder would replace the project or its content",
            "build into a separate folder such as `site` (it is replaced whole on every build)",
        ));
    }
    Ok(())
}

/// Renders the project at `root` into memory, writing nothing (but the build cache): the site
/// and the problems the build went on with. `serve` serves this site.
pub fn render_site(root: &Path) -> Result<(render::Site, Vec<Warning>)> {
    render_in_memory(root, CacheMode::Use).map(|(site, warnings, _)| (site, warnings))
}

/// The site in memory, its warnings, and what the build cache did.
fn render_in_memory(
    root: &Path,
    cache: CacheMode,
) -> Result<(render::Site, Vec<Warning>, Option<CacheReport>)> {
    let project = project::Project::load(root)?;
    let templates = render::Templates::load(&project.files)?;
    let files = project.files.clone();
    let (briefing, mut cache) = brief_cached(project, cache)?;
    let highlighted = highlighted_originals(&files, &briefing, &mut cache)?;
    let site = render::render_in_memory(&briefing, &templates, &highlighted)?;
    Ok((site, briefing.warnings(), cache))
}

/// The HTML originals' highlighting: with a build cache (`cache` is `Some`) it comes from
/// there and is stored there, and the report says what it did; without, none is at hand and
/// render highlights every original itself.
fn highlighted_originals(
    files: &load::files::ProjectFiles,
    briefing: &briefing::Briefing,
    cache: &mut Option<CacheReport>,
) -> Result<render::highlight::HighlightedOriginals> {
    match cache {
        Some(report) => render::highlight_cache::highlight_cached(files, briefing, report),
        None => Ok(Default::default()),
    }
}

/// Verifies a project without publishing: sources and their originals, citations, curation,
/// and every internal link and anchor of the pages it would build. Returns every problem;
/// an error that stops loading is returned as `Err`.
pub fn check(root: &Path, cache: CacheMode) -> Result<CheckReport> {
    let (site, warnings, cache) = render_in_memory(root, cache)?;
    let mut problems: Vec<String> = warnings.iter().map(Warning::to_string).collect();
    for link in linkcheck::broken_links(&site) {
        problems.push(format!(
            "{}:{}: link to {:?}: {}",
            link.page, link.line, link.target, link.reason
        ));
    }
    Ok(CheckReport { problems, cache })
}

/// Writes each suggestion as `dir/<slug>.md`, creating `dir` if needed. A file that exists is
/// never overwritten: it is returned with `false`.
pub fn write_theme_drafts(
    dir: &Path,
    suggestions: &[suggest::Suggestion],
) -> Result<Vec<(PathBuf, bool)>> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create the folder", e))?;
    let mut written = Vec::new();
    for suggestion in suggestions {
        let path = dir.join(format!("{}.md", suggestion.slug));
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path);
        match file {
            Ok(mut file) => {
                use std::io::Write;
                file.write_all(suggest::draft_file(suggestion).as_bytes())
                    .map_err(|e| Error::io(&path, "write", e))?;
                written.push((path, true));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => written.push((path, false)),
            Err(e) => return Err(Error::io(&path, "create", e)),
        }
    }
    Ok(written)
}
