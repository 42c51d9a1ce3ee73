//! Ctrl-C (SIGINT) and SIGTERM end `serve` cleanly. They are blocked in every thread (the mask
//! is set before any thread starts, and threads inherit it) and taken by `sigwait` in one
//! place, so no handler interrupts anything and no global state is needed. Children that
//! `std::process::Command` starts get an empty mask again.

#[cfg(unix)]
pub(super) struct StopSignals {
    set: libc::sigset_t,
}

#[cfg(unix)]
impl StopSignals {
    /// Blocks SIGINT and SIGTERM in this thread and in every thread it starts from now on.
    pub(super) fn block() -> std::io::Result<StopSignals> {
        // SAFETY: `set` is initialised by sigemptyset before any other use, and the calls
        // only read and write it and this thread's mask.
        unsafe {
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::sigaddset(&mut set, libc::SIGINT);
            libc::sigaddset(&mut set, libc::SIGTERM);
            match libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) {
                0 => Ok(StopSignals { set }),
                code => Err(std::io::Error::from_raw_os_error(code)),
            }
        }
    }

    /// Returns when one of them arrives.
    pub(super) fn wait(&self) {
        let mut signal = 0;
        // SAFETY: `self.set` is an initialised signal set and `signal` a valid out-pointer.
        while unsafe { libc::sigwait(&self.set, &mut signal) } != 0 {}
    }
}

/// Elsewhere Ctrl-C ends the process the default way.
#[cfg(not(unix))]
pub(super) struct StopSignals;

#[cfg(not(unix))]
impl StopSignals {
    pub(super) fn block() -> std::io::Result<StopSignals> {
        Ok(StopSignals)
    }

    pub(super) fn wait(&self) {
        loop {
            std::thread::park();
        }
    }
}
