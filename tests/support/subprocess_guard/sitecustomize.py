"""Installs the test host map in a child Python process (see ``HostMap.subprocess_env``).

Python imports ``sitecustomize`` at start-up from ``PYTHONPATH``; this one reads the host table
from ``SHOPSAFE_TEST_HOST_MAP`` (JSON ``{"name": "address"}``) and patches ``socket`` the same
way the ``host_map`` fixture does in the test process. Without that variable it does nothing.
"""

import os

if os.environ.get("SHOPSAFE_TEST_HOST_MAP") is not None:
    import importlib.util
    import json
    import sys

    _path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "hostmap.py")
    _spec = importlib.util.spec_from_file_location("_shopsafe_test_hostmap", _path)
    _module = importlib.util.module_from_spec(_spec)
    sys.modules[_spec.name] = _module
    _spec.loader.exec_module(_module)
    _host_map = _module.HostMap()
    for _name, _address in json.loads(os.environ["SHOPSAFE_TEST_HOST_MAP"]).items():
        _host_map.add(_name, _address)
    _host_map.install()
