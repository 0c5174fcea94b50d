package dev.errdex.api.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code codes next ...}: the namespace's numbering. */
@Dependent
@Unremovable
@Command(name = "codes", description = "Work with the numbers of a namespace's codes.",
        subcommands = CodesNextCommand.class)
public class CodesCommand {

    @Mixin
    ErrdexCommands.HelpOption help;
}
