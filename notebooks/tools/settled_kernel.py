"""A Jupyter kernel manager that lets a freshly started kernel settle before the client talks to it.

rapaio-jupyter-kernel 3.0.1 binds its sockets and only then registers its message handlers. A
kernel_info request that arrives in between kills its shell thread, and the kernel never answers
(nbconvert: "Kernel didn't respond"). The client sends that request as soon as the process is
started, so on a busy machine the race is often lost. Waiting a moment after the start makes it
rare; notebooks/run.sh still retries a start that fails. Nothing here touches cell execution:
errors in cells are reported exactly as without it.

Use: PYTHONPATH=notebooks/tools jupyter nbconvert --execute \
       --ExecutePreprocessor.kernel_manager_class=settled_kernel.SettledKernelManager ...
The pause is KHABAR_NB_KERNEL_SETTLE seconds (default 3).
"""
import asyncio
import os

from jupyter_client.manager import AsyncKernelManager


class SettledKernelManager(AsyncKernelManager):
    async def start_kernel(self, **kw):
        await super().start_kernel(**kw)
        await asyncio.sleep(float(os.environ.get("KHABAR_NB_KERNEL_SETTLE", "3")))
