"""The network layer (no Qt): the one HTTP client every online check and rate download uses.

- :mod:`desktop.net.client`: :class:`~desktop.net.client.Client`, :class:`~desktop.net.client.Page`,
  :class:`~desktop.net.client.Deadline` and the bounds every fetch runs under;
- :mod:`desktop.net.options`: :class:`~desktop.net.options.CheckOptions` (offline, resolve map,
  trust store, deadline);
- :mod:`desktop.net.errors`: the :class:`~desktop.net.errors.NetworkError` tree;
- :mod:`desktop.net.address`: which addresses are public, ``--resolve`` parsing.

Nothing is imported here, so ``import desktop.net.options`` stays cheap (no ``requests``).
"""
