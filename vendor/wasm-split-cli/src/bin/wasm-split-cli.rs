use clap::{Parser, ValueEnum};
use eyre::Result;
use std::path::Path;

use wasm_split_cli_support as this;

#[derive(Debug, ValueEnum, Clone, Copy, PartialEq, Eq, Default)]
enum Target {
    #[default]
    Web,
    Bundler,
}

#[derive(Debug, Parser)]
#[command(name = "wasm-split")]
struct Cli {
    /// Input .wasm file.
    input: Box<Path>,

    /// Output directory.
    output: Box<Path>,

    /// Output target
    #[arg(long)]
    target: Option<Target>,

    /// Output module name
    #[arg(long)]
    out_name: Option<String>,

    /// At most how many shared chunks any split module waits for (merging chunks to get there).
    #[arg(long)]
    max_shared_chunks: Option<usize>,

    /// A split module whose unneeded bytes count more when chunks are merged, as `<module>=<weight>`
    /// (repeatable).
    #[arg(long = "weigh", value_parser = parse_weight)]
    weights: Vec<(String, usize)>,

    /// A split module allowed another number of shared chunks than `--max-shared-chunks`, as
    /// `<module>=<count>` (repeatable).
    #[arg(long = "limit", value_parser = parse_weight)]
    limits: Vec<(String, usize)>,

    /// Print verbose split information.
    #[arg(short, long)]
    verbose: bool,
}

fn parse_weight(text: &str) -> std::result::Result<(String, usize), String> {
    let (module, weight) = text.split_once('=').ok_or("expected <module>=<weight>")?;
    let weight = weight.parse().map_err(|_| format!("not a whole number: {weight}"))?;
    Ok((module.to_owned(), weight))
}

fn main() -> Result<()> {
    tracing_subscriber::fmt::init();

    let args = Cli::parse();
    let input_wasm = std::fs::read(args.input)?;
    let stem = match args.out_name.as_ref() {
        Some(name) => name,
        None => "main",
    };
    let main_module;
    let main_out_path = args.output.join(&format!("{stem}.wasm"));
    let _ = this::transform({
        let mut opts = this::Options::new(&input_wasm);
        opts.verbose = args.verbose;
        opts.max_shared_chunks = args.max_shared_chunks;
        opts.chunk_weights = args.weights.iter().cloned().collect();
        opts.chunk_limits = args.limits.iter().cloned().collect();
        opts.output_dir = &args.output;
        opts.main_out_path = &main_out_path;
        if let Some(name) = args.out_name.as_ref() {
            main_module = match args.target {
                None | Some(Target::Web) => format!("./{name}.js"),
                Some(Target::Bundler) => format!("./{name}_bg.wasm"),
            };
            opts.main_module = &main_module;
        }
        match args.target {
            Some(Target::Web) => {
                opts.target.web();
            }
            Some(Target::Bundler) => {
                opts.target.bundler();
            }
            None => {}
        }
        opts
    })?;
    Ok(())
}
