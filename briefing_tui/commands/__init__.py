"""The CLI's subcommands, each in its own module so a command imports only what it needs."""
