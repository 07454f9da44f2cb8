"""The reader screen and the widgets it is made of."""
