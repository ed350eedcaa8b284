use clap::Parser;

fn main() -> std::process::ExitCode {
    gazette::cli::run(gazette::cli::Cli::parse())
}
