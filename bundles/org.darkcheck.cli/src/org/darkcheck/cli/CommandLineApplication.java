package org.darkcheck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Eclipse application behind ./darkcheck: hands its arguments to {@link DarkCheckCommandLine}. */
public final class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        // Write to the process's own descriptors: Equinox may have redirected System.out.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = new DarkCheckCommandLine(out, err).run(args == null ? new String[0] : args);
        out.flush();
        err.flush();
        return Integer.valueOf(status);
    }

    @Override
    public void stop() {
        // nothing runs in the background
    }
}
